#include "FieldLabels.h"

#include "EntityType.h"

#include <QRegularExpression>

namespace ow::core {
namespace {

// A section of the form; `row` is the 1-based row of a list, 0 outside one.
QString sectionLabel(const QString &section, int row, const EntityType *type)
{
    if (section == u"entity")
        return FieldLabels::tr("Enterprise");
    if (section == u"legalRep")
        return type && !type->representativeTitle.isEmpty() ? type->representativeTitle
                                                            : FieldLabels::tr("Legal representative");
    if (section == u"investors")
        return row > 0 ? FieldLabels::tr("Investor %1").arg(row) : FieldLabels::tr("Investors");
    if (section == u"personnel")
        return row > 0 ? FieldLabels::tr("Key person %1").arg(row) : FieldLabels::tr("Key personnel");
    if (section == u"liaison")
        return FieldLabels::tr("Liaison person");
    if (section == u"financialOfficer")
        return FieldLabels::tr("Financial officer");
    if (section == u"materials")
        return row > 0 ? FieldLabels::tr("Material %1").arg(row) : FieldLabels::tr("Materials");
    return {};
}

QString memberLabel(const QString &member, const EntityType *type)
{
    struct Entry
    {
        const char16_t *member;
        const char *label;
    };
    static const Entry Labels[] = {
        {u"type", QT_TRANSLATE_NOOP("FieldLabels", "Entity type")},
        {u"name", QT_TRANSLATE_NOOP("FieldLabels", "Name")},
        {u"domicile", QT_TRANSLATE_NOOP("FieldLabels", "Domicile")},
        {u"domicileDivision", QT_TRANSLATE_NOOP("FieldLabels", "Domicile division")},
        {u"authorityDivision", QT_TRANSLATE_NOOP("FieldLabels", "Registration authority")},
        {u"capital", QT_TRANSLATE_NOOP("FieldLabels", "Registered capital")},
        {u"scope", QT_TRANSLATE_NOOP("FieldLabels", "Business scope")},
        {u"phone", QT_TRANSLATE_NOOP("FieldLabels", "Phone")},
        {u"postalCode", QT_TRANSLATE_NOOP("FieldLabels", "Postal code")},
        {u"parentCode", QT_TRANSLATE_NOOP("FieldLabels", "Parent company's credit code")},
        {u"idNumber", QT_TRANSLATE_NOOP("FieldLabels", "ID number")},
        {u"position", QT_TRANSLATE_NOOP("FieldLabels", "Position")},
        {u"amount", QT_TRANSLATE_NOOP("FieldLabels", "Subscribed amount")},
        {u"contributionForm", QT_TRANSLATE_NOOP("FieldLabels", "Contribution form")},
        {u"deadline", QT_TRANSLATE_NOOP("FieldLabels", "Contribution deadline")},
        {u"partner", QT_TRANSLATE_NOOP("FieldLabels", "General or limited partner")},
        {u"office", QT_TRANSLATE_NOOP("FieldLabels", "Director or manager")},
        {u"title", QT_TRANSLATE_NOOP("FieldLabels", "Title")},
        {u"attachments", QT_TRANSLATE_NOOP("FieldLabels", "Scans")},
    };
    if (member == u"capital" && type && !type->capitalLabel.isEmpty())
        return type->capitalLabel;
    for (const Entry &entry : Labels) {
        if (member == entry.member)
            return QCoreApplication::translate("FieldLabels", entry.label);
    }
    return {};
}

} // namespace

QString FieldLabels::of(const QString &fieldPath, const EntityType *type)
{
    // section, optional [row], optional .member (the rest of the path is not shown).
    static const QRegularExpression shape(QStringLiteral("^([A-Za-z]+)(?:\\[(\\d+)\\])?(?:\\.([A-Za-z]+))?"));
    const QRegularExpressionMatch match = shape.match(fieldPath);
    if (!match.hasMatch())
        return fieldPath;
    const int row = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt() + 1;
    const QString section = sectionLabel(match.captured(1), row, type);
    if (section.isEmpty())
        return fieldPath;
    if (match.captured(3).isEmpty())
        return section;
    const QString member = memberLabel(match.captured(3), type);
    if (member.isEmpty())
        return section;
    // The entity's own fields read best alone (住所, 经营范围), its name and phone as the entity's.
    if (match.captured(1) == u"entity") {
        if (match.captured(3) == u"name")
            return tr("Enterprise name");
        if (match.captured(3) == u"phone")
            return tr("Enterprise phone");
        return member;
    }
    return tr("%1 · %2", "section · field").arg(section, member);
}

QString FieldLabels::located(const FieldIssue &issue, const EntityType *type)
{
    return tr("%1: %2", "field: message").arg(of(issue.field, type), issue.message);
}

} // namespace ow::core
