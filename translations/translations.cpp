// SPDX-License-Identifier: GPL-3.0-or-later
// Carrier for the compiled translation catalogues (see CMakeLists.txt).
namespace Frise {
int translationsAnchor = 0;
} // namespace Frise
