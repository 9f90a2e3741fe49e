// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <csignal>

namespace Frise::CrashVfs {

namespace {

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_shim;
std::atomic<qint64> g_operations {0};
qint64 g_killAt = 0;

// One more file-changing operation is about to happen.
void step()
{
    const qint64 n = ++g_operations;
    if (g_killAt > 0 && n >= g_killAt)
        std::raise(SIGKILL);
}

// The shim's file: SQLite allocates szOsFile bytes; the real VFS's file follows ours.
struct File
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

int fileClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int fileRead(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), data, amount, offset);
}
int fileWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    step();
    return real(f)->pMethods->xWrite(real(f), data, amount, offset);
}
int fileTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    step();
    return real(f)->pMethods->xTruncate(real(f), size);
}
int fileSync(sqlite3_file *f, int flags)
{
    step();
    return real(f)->pMethods->xSync(real(f), flags);
}
int fileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int fileLock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xLock(real(f), lock);
}
int fileUnlock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xUnlock(real(f), lock);
}
int fileCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int fileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int fileSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int fileDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int fileShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    if (real(f)->pMethods->iVersion < 2)
        return SQLITE_IOERR;
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int fileShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    if (real(f)->pMethods->iVersion < 2)
        return SQLITE_IOERR;
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void fileShmBarrier(sqlite3_file *f)
{
    if (real(f)->pMethods->iVersion >= 2)
        real(f)->pMethods->xShmBarrier(real(f));
}
int fileShmUnmap(sqlite3_file *f, int deleteFlag)
{
    if (real(f)->pMethods->iVersion < 2)
        return SQLITE_OK;
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int fileFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    if (real(f)->pMethods->iVersion < 3) {
        *out = nullptr;
        return SQLITE_OK;
    }
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int fileUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    if (real(f)->pMethods->iVersion < 3)
        return SQLITE_OK;
    return real(f)->pMethods->xUnfetch(real(f), offset, page);
}

const sqlite3_io_methods g_methods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<File *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    shim->real->pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set, and must then reach the real file's.
    shim->base.pMethods = shim->real->pMethods ? &g_methods : nullptr;
    return rc;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    step();
    return g_real->xDelete(g_real, name, syncDir);
}

} // namespace

bool install(qint64 killAt)
{
    g_killAt = killAt;
    if (g_real)
        return true;
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real)
        return false;
    // Everything but opening and deleting goes straight to the real VFS.
    g_shim = *g_real;
    g_shim.zName = "frise-crash";
    g_shim.szOsFile = int(sizeof(File)) + g_real->szOsFile;
    g_shim.pNext = nullptr;
    g_shim.xOpen = vfsOpen;
    g_shim.xDelete = vfsDelete;
    return sqlite3_vfs_register(&g_shim, 1) == SQLITE_OK;
}

qint64 operations()
{
    return g_operations.load();
}

} // namespace Frise::CrashVfs
