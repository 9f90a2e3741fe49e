// SPDX-License-Identifier: GPL-3.0-or-later
// `frise`: runs one command of the command-line contract, or starts the window. The window is another
// executable, frise-gui, which this one becomes (exec) when given no command: a command then loads about
// sixty libraries rather than a hundred (no QtWidgets, no KSyntaxHighlighting with its network stack),
// which was most of a short command's time.
#include "launch.h"

#include "cli/commandline.h"
#include "core/uilanguage.h"

#include <QFile>
#include <QGuiApplication>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace {

/// frise-gui: FRISE_GUI_RELATIVE from this executable's folder, the same in the build and install trees.
QByteArray windowExecutable()
{
    char self[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self);
    if (length <= 0 || length == ssize_t(sizeof self))
        return QByteArrayLiteral(FRISE_GUI_RELATIVE);
    const QByteArray path(self, length);
    return path.left(path.lastIndexOf('/') + 1) + FRISE_GUI_RELATIVE;
}

// Inputs from this size on make `frise import` start again with huge pages (below).
constexpr off_t hugePageInput = 32 * 1024 * 1024;

/// A big import allocates a gigabyte or more in small pieces. With transparent huge pages for malloc
/// (glibc's tunable glibc.malloc.hugetlb=1) the kernel maps it in 2 MiB pages, 512 times fewer page faults
/// and TLB misses: measured on a 1M-event sheet, 14 % less CPU for the rows. glibc reads its tunables once, at
/// start, so the process starts again with the tunable set (which the second start sees), when an argument
/// names a file big enough for the second start's few tens of milliseconds not to count. A failure to
/// start again leaves the import as it was.
/// With it, the heap grows 64 MiB at a time and keeps what is freed (parts of the file handed from thread to
/// thread, then dropped) for the next allocations: measured on the same sheet, 12,400 page faults instead of
/// 115,000.
void restartWithHugePages(const QStringList &args, char *argv[])
{
    static const char variable[] = "GLIBC_TUNABLES";
    static const char tunable[] = "glibc.malloc.hugetlb";
    static const char tunables[] = "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=67108864:"
                                   "glibc.malloc.trim_threshold=1073741824:glibc.malloc.mmap_threshold=33554432";
    const char *current = getenv(variable);
    if (current && strstr(current, tunable))
        return;
    // The file imported, not the database (a big database takes small imports too).
    const QString input = Frise::Cli::importInput(args);
    struct stat info {};
    if (input.isEmpty() || stat(QFile::encodeName(input).constData(), &info) != 0 || !S_ISREG(info.st_mode)
        || info.st_size < hugePageInput)
        return;
    const QByteArray previous = current ? QByteArray(current) : QByteArray();
    const QByteArray value = (previous.isEmpty() ? QByteArray() : previous + ':') + tunables;
    setenv(variable, value.constData(), 1);
    execv("/proc/self/exe", argv);
    if (current)
        setenv(variable, previous.constData(), 1);
    else
        unsetenv(variable);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args = Frise::App::argumentsOf(argc, argv);
    const QString databaseOption = Frise::App::takeDatabaseOption(&args);
    if (databaseOption.isEmpty())
        restartWithHugePages(args, argv);

    // Scripts probe the binary with --version: answered before Qt's application object and the
    // translators, leaving little more than the loading of the libraries.
    if (args.size() == 1
        && (args.constFirst() == QLatin1String("--version") || args.constFirst() == QLatin1String("-v"))) {
        Frise::App::setApplicationIdentity();
        return Frise::Cli::run(args);
    }

    // `frise [DB]` takes one argument: more, with no known command first, is an unknown command, not the GUI.
    if (databaseOption.isEmpty() && (Frise::Cli::isCommand(args) || args.size() > 1)) {
        Frise::App::setApplicationIdentity();
        if (Frise::Cli::needsGui(args)) {
            // Drawing needs fonts, hence a QGuiApplication; commands never show a window.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            Frise::UiLanguage language;
            language.apply(Frise::UiLanguage::systemLanguage());
            return Frise::Cli::run(args);
        }
        QCoreApplication app(argc, argv);
        Frise::UiLanguage language;
        language.apply(Frise::UiLanguage::systemLanguage());
        return Frise::Cli::run(args);
    }

    if (!Frise::App::hasDisplay())
        return Frise::App::refuseWithoutDisplay(argc, argv);
    // The same process becomes the window, with the same arguments (and argv[0], which names the X11 window
    // class): nothing of Qt has started yet.
    const QByteArray window = windowExecutable();
    execv(window.constData(), argv);
    const int failure = errno;
    QCoreApplication app(argc, argv);
    Frise::UiLanguage language;
    language.apply(Frise::UiLanguage::systemLanguage());
    const QString message = QCoreApplication::translate("Frise::Cli", "frise: cannot start the window (%1): %2")
                                .arg(QString::fromLocal8Bit(window), QString::fromLocal8Bit(strerror(failure)));
    fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    return Frise::Cli::CannotRun;
}
