// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Where the checkout and the built frise binary are, for tests that read fixtures or run the CLI.
/// Defined in a source file CMake generates, not as compile definitions: test sources then compile
/// the same in every checkout, and ccache shares them between worktrees and CI's fresh clone.
namespace TestPaths {

QString sourceDir(); ///< the checkout's root
QString friseBinary(); ///< the built frise command
QString friseGuiBinary(); ///< the built window, which frise execs when given no command

/// A file of the checkout, e.g. source(u"tests/data/io/sample.csv").
inline QString source(QStringView relative)
{
    return sourceDir() + u'/' + relative;
}

} // namespace TestPaths
