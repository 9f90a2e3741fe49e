// SPDX-License-Identifier: GPL-3.0-or-later
// Carrier for the compiled resources (see CMakeLists.txt).
namespace Frise {
int resourcesAnchor = 0;
} // namespace Frise
