// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testpaths.h"

#include <QFile>
#include <QString>

// The io fixtures live in tests/data/io.
inline QString ioData(const QString &name)
{
    return TestPaths::source(u"tests/data/io/") + name;
}

inline QByteArray readIoData(const QString &name)
{
    QFile file(ioData(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
