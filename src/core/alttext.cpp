// SPDX-License-Identifier: GPL-3.0-or-later
#include "alttext.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace Frise {

QString AltText::fileText() const
{
    return summary + QStringLiteral("\n\n") + description + QLatin1Char('\n');
}

QString AltText::pathBeside(const QString &imagePath)
{
    // Same folder, the image's name without its last extension: the path as given, not made absolute.
    const qsizetype slash = imagePath.lastIndexOf(u'/');
    const QString name = imagePath.mid(slash + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    return imagePath.left(slash + 1) + (dot > 0 ? name.left(dot) : name) + QStringLiteral(".alt.txt");
}

QByteArray AltText::xmpPacket(const QString &title, Language language) const
{
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString xmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    const QString xml = QStringLiteral("http://www.w3.org/XML/1998/namespace");
    QByteArray packet;
    QBuffer buffer(&packet);
    buffer.open(QIODevice::WriteOnly);
    // The packet wrapper of XMP: a processing instruction with the "W5M0…" id the standard fixes.
    buffer.write("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    w.writeNamespace(rdf, QStringLiteral("rdf"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeNamespace(xmp, QStringLiteral("xmp"));
    w.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    w.writeStartElement(rdf, QStringLiteral("RDF"));
    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(xmp, QStringLiteral("CreatorTool"), QStringLiteral("Frise"));
    // A language alternative: x-default first, as XMP asks, then the same text under its language.
    auto langAlt = [&](const QString &property, const QString &text) {
        w.writeStartElement(dc, property);
        w.writeStartElement(rdf, QStringLiteral("Alt"));
        for (const QString &lang : {QStringLiteral("x-default"), languageCode(language)}) {
            w.writeStartElement(rdf, QStringLiteral("li"));
            w.writeAttribute(xml, QStringLiteral("lang"), lang);
            w.writeCharacters(text);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    };
    langAlt(QStringLiteral("title"), title.isEmpty() ? summary : title);
    langAlt(QStringLiteral("description"), fileText().trimmed());
    w.writeStartElement(dc, QStringLiteral("language"));
    w.writeStartElement(rdf, QStringLiteral("Bag"));
    w.writeTextElement(rdf, QStringLiteral("li"), languageCode(language));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement(); // Description
    w.writeEndElement(); // RDF
    w.writeEndElement(); // xmpmeta
    w.writeEndDocument();
    buffer.write("\n<?xpacket end=\"w\"?>");
    return packet;
}

} // namespace Frise
