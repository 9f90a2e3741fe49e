// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlocator_p.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

namespace Frise::Io::Json {

namespace {

struct Step
{
    QByteArray key; ///< UTF-8; unused when index >= 0
    qint64 index = -1;
};

// Splits `events[3].media.credit`; stops at what it cannot read (the rest is
// then simply not looked for).
QList<Step> steps(const QString &path)
{
    QList<Step> out;
    const QByteArray bytes = path.toUtf8();
    qsizetype i = 0;
    bool expectKey = true;
    while (i < bytes.size()) {
        if (bytes.at(i) == '[') {
            qsizetype j = i + 1;
            qint64 index = 0;
            while (j < bytes.size() && bytes.at(j) >= '0' && bytes.at(j) <= '9' && index < (qint64(1) << 40))
                index = index * 10 + (bytes.at(j++) - '0');
            if (j == i + 1 || j >= bytes.size() || bytes.at(j) != ']')
                break;
            out.append({{}, index});
            i = j + 1;
            expectKey = false;
            continue;
        }
        if (!expectKey) {
            if (bytes.at(i) != '.')
                break;
            ++i;
        }
        qsizetype j = i;
        while (j < bytes.size() && bytes.at(j) != '.' && bytes.at(j) != '[')
            ++j;
        out.append({bytes.mid(i, j - i), -1});
        i = j;
        expectKey = false;
    }
    return out;
}

struct Node
{
    QHash<QByteArray, int> keys;
    QHash<qint64, int> items;
    qsizetype offset = -1;
};

class Scanner
{
public:
    Scanner(const QByteArray &data, std::vector<Node> *nodes)
        : m_begin(data.constData())
        , m_p(data.constData())
        , m_end(data.constData() + data.size())
        , m_nodes(nodes)
    { }

    // Scans the value at the current position, recording it for @p node (-1: not wanted).
    bool value(int node)
    {
        skipSpace();
        if (m_p >= m_end)
            return false;
        if (node < 0)
            return skip();
        (*m_nodes)[node].offset = m_p - m_begin;
        const bool children = !(*m_nodes)[node].keys.isEmpty() || !(*m_nodes)[node].items.isEmpty();
        if (!children)
            return skip();
        if (*m_p == '{')
            return object(node);
        if (*m_p == '[')
            return array(node);
        return skip();
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    // At an opening quote: moves past the closing one; @p raw gets the bytes between.
    bool string(QByteArray *raw)
    {
        const char *start = ++m_p;
        while (m_p < m_end && *m_p != '"')
            m_p += *m_p == '\\' ? 2 : 1;
        if (m_p >= m_end)
            return false;
        if (raw)
            *raw = QByteArray(start, m_p - start);
        ++m_p;
        return true;
    }

    // Skips one value without looking into it: strings, and brackets counted.
    bool skip()
    {
        if (*m_p == '"')
            return string(nullptr);
        if (*m_p != '{' && *m_p != '[') {
            while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n'
                && *m_p != '\r' && *m_p != '\t')
                ++m_p;
            return true;
        }
        qsizetype depth = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                if (!string(nullptr))
                    return false;
                continue;
            }
            ++m_p;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }

    static QByteArray decodedKey(const QByteArray &raw)
    {
        if (!raw.contains('\\'))
            return raw;
        const QJsonDocument document = QJsonDocument::fromJson("[\"" + raw + "\"]");
        return document.array().at(0).toString().toUtf8();
    }

    bool object(int node)
    {
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        while (m_p < m_end) {
            skipSpace();
            QByteArray raw;
            if (m_p >= m_end || *m_p != '"' || !string(&raw))
                return false;
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return false;
            ++m_p;
            const int child = (*m_nodes)[node].keys.value(decodedKey(raw), -1);
            if (!value(child))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return true;
            }
            return false;
        }
        return false;
    }

    bool array(int node)
    {
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (qint64 index = 0; m_p < m_end; ++index) {
            const int child = (*m_nodes)[node].items.value(index, -1);
            if (!value(child))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            return false;
        }
        return false;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    std::vector<Node> *m_nodes;
};

} // namespace

QList<qsizetype> Locator::offsets(const QByteArray &data, const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    std::vector<Node> nodes(1);
    QList<QList<Step>> parsed;
    parsed.reserve(paths.size());
    for (const QString &path : paths) {
        parsed.append(steps(path));
        int node = 0;
        for (const Step &step : std::as_const(parsed.last())) {
            int child = step.index >= 0 ? nodes[node].items.value(step.index) : nodes[node].keys.value(step.key);
            if (child == 0) { // 0 is the root, never a child: a new node
                child = int(nodes.size());
                if (step.index >= 0)
                    nodes[node].items.insert(step.index, child);
                else
                    nodes[node].keys.insert(step.key, child);
                nodes.emplace_back(); // after the inserts: it may move the nodes
            }
            node = child;
        }
    }
    Scanner(data, &nodes).value(0);

    QList<qsizetype> out;
    out.reserve(paths.size());
    for (const QList<Step> &path : std::as_const(parsed)) {
        int node = 0;
        qsizetype found = qMax(nodes[0].offset, qsizetype(0));
        for (const Step &step : path) {
            node = step.index >= 0 ? nodes[node].items.value(step.index) : nodes[node].keys.value(step.key);
            if (nodes[node].offset < 0)
                break;
            found = nodes[node].offset;
        }
        out.append(found);
    }
    return out;
}

qsizetype Locator::offset(const QByteArray &data, const QString &path)
{
    return offsets(data, {path}).constFirst();
}

} // namespace Frise::Io::Json
