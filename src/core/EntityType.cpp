#include "EntityType.h"

#include "CoreSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <array>
#include <optional>
#include <utility>

namespace ow::core {
namespace {

Q_LOGGING_CATEGORY(lcEntityTypes, "onewindow.core.entitytypes")

constexpr std::array<std::pair<FormSection, const char *>, 7> SectionKeys{{
    {FormSection::Entity, "entity"},
    {FormSection::LegalRep, "legalRep"},
    {FormSection::Investors, "investors"},
    {FormSection::Personnel, "personnel"},
    {FormSection::Liaison, "liaison"},
    {FormSection::FinancialOfficer, "financialOfficer"},
    {FormSection::Materials, "materials"},
}};

std::optional<FormSection> sectionFromKey(const QString &key)
{
    for (const auto &[section, name] : SectionKeys) {
        if (key == QLatin1String(name))
            return section;
    }
    return std::nullopt;
}

// Reads the string member `key` of `o`; empty and an error when missing or not a string.
bool readString(const QJsonObject &o, const char *key, QString *out, bool mayBeEmpty = false)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return false;
    *out = v.toString();
    return mayBeEmpty || !out->isEmpty();
}

} // namespace

const EntityTypeCatalog &EntityTypeCatalog::instance()
{
    static const EntityTypeCatalog catalog = [] {
        QString error;
        EntityTypeCatalog c = fromJson(detail::readDataResource(QStringLiteral("entity_types.json")), &error);
        if (!error.isEmpty())
            qCCritical(lcEntityTypes) << "embedded entity type catalogue is broken:" << error;
        return c;
    }();
    return catalog;
}

const EntityType *EntityTypeCatalog::find(const QString &id) const
{
    for (const EntityType &t : m_types) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

// On any error returns an empty catalogue and says what is wrong and where in *error.
namespace {

// Each reader fills its part of `t` from the catalogue entry `o` and returns why it cannot, or an
// empty string. `where` names the entry in messages.
QString readSections(const QJsonObject &o, const QString &where, EntityType &t)
{
    const QJsonValue sections = o.value(QLatin1String("sections"));
    if (!sections.isArray() || sections.toArray().isEmpty())
        return EntityTypeCatalog::tr("%1 needs a non-empty \"sections\" array.").arg(where);
    for (const QJsonValue &s : sections.toArray()) {
        const std::optional<FormSection> section = sectionFromKey(s.toString());
        if (!section)
            return EntityTypeCatalog::tr("%1 lists an unknown section \"%2\".").arg(where, s.toString());
        if (!t.sections.contains(*section))
            t.sections.append(*section);
    }
    return {};
}

// A whole number of 0 to `max` at `key` of `o`, or the default when absent; false when it is neither.
bool readCount(const QJsonObject &o, const char *key, int max, int *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() != v.toInt() || v.toInt() < 0 || v.toInt() > max)
        return false;
    *out = v.toInt();
    return true;
}

// The optional rules of the "investors" object: percentages, years, partners, corporate members.
QString readInvestorRules(const QJsonObject &inv, const QString &where, InvestorRules &r)
{
    const QJsonObject corporate = inv.value(QLatin1String("corporateMembers")).toObject();
    if (!readCount(inv, "minDomiciledInChinaPercent", 100, &r.minDomiciledInChinaPercent) ||
        !readCount(inv, "subscriptionYears", 100, &r.subscriptionYears) ||
        !readCount(inv, "minFarmerPercent", 100, &r.minFarmerPercent) ||
        !readCount(corporate, "upTo", 100000, &r.corporateUpTo) ||
        !readCount(corporate, "max", 100000, &r.corporateMax) ||
        !readCount(corporate, "maxPercent", 100, &r.corporateMaxPercent))
        return EntityTypeCatalog::tr("%1: an investors rule is not a whole number in its range.").arg(where);
    const QJsonValue paid = inv.value(QLatin1String("paidInFull"));
    if (!paid.isUndefined() && !paid.isBool())
        return EntityTypeCatalog::tr("%1: \"paidInFull\" must be true or false.").arg(where);
    r.paidInFull = paid.toBool(false);
    const QString partners = inv.value(QLatin1String("partners")).toString();
    if (partners == u"general")
        r.partners = PartnerRule::AllGeneral;
    else if (partners == u"general_and_limited")
        r.partners = PartnerRule::GeneralAndLimited;
    else if (inv.contains(QLatin1String("partners")))
        return EntityTypeCatalog::tr("%1: \"partners\" must be \"general\" or \"general_and_limited\".")
            .arg(where);
    return {};
}

QString readInvestors(const QJsonObject &o, const QString &where, EntityType &t)
{
    const QJsonValue investors = o.value(QLatin1String("investors"));
    if (!investors.isObject())
        return EntityTypeCatalog::tr("%1 needs an \"investors\" object with min and max.").arg(where);
    const QJsonObject inv = investors.toObject();
    const QJsonValue min = inv.value(QLatin1String("min"));
    const QJsonValue max = inv.value(QLatin1String("max"));
    if (!min.isDouble() || !max.isDouble() || min.toInt(-1) < 0 || max.toInt(-1) < 0 ||
        min.toDouble() != min.toInt() || max.toDouble() != max.toInt())
        return EntityTypeCatalog::tr("%1: investors min and max must be whole numbers of 0 or more.")
            .arg(where);
    t.minInvestors = min.toInt();
    t.maxInvestors = max.toInt();
    if (t.maxInvestors != 0 && t.maxInvestors < t.minInvestors)
        return EntityTypeCatalog::tr("%1: investors max (%2) is below min (%3).")
            .arg(where)
            .arg(t.maxInvestors)
            .arg(t.minInvestors);
    t.investorsMustBeNatural = inv.value(QLatin1String("mustBeNatural")).toBool(false);
    t.investorsMustBeLegal = inv.value(QLatin1String("mustBeLegal")).toBool(false);
    if (t.investorsMustBeNatural && t.investorsMustBeLegal)
        return EntityTypeCatalog::tr("%1: investors cannot be required to be both natural and legal persons.")
            .arg(where);
    if (t.minInvestors > 0 && !t.has(FormSection::Investors))
        return EntityTypeCatalog::tr("%1 requires investors but has no investors section.").arg(where);
    return readInvestorRules(inv, where, t.investorRules);
}

// Whether the legal representative is one of the officers (after the sections: they need personnel).
QString readOfficers(const QJsonObject &o, const QString &where, EntityType &t)
{
    t.legalRepFromOfficers = o.value(QLatin1String("legalRepFromOfficers")).toBool(false);
    if (t.legalRepFromOfficers && !t.has(FormSection::Personnel))
        return EntityTypeCatalog::tr("%1 chooses its legal representative from its officers but has no "
                                     "personnel section.")
            .arg(where);
    return {};
}

QString readNameForms(const QJsonObject &o, const QString &where, EntityType &t)
{
    const QJsonValue forms = o.value(QLatin1String("nameForms"));
    if (!forms.isArray() || forms.toArray().isEmpty())
        return EntityTypeCatalog::tr("%1 needs a non-empty \"nameForms\" array.").arg(where);
    for (const QJsonValue &f : forms.toArray()) {
        if (!f.isString() || f.toString().isEmpty())
            return EntityTypeCatalog::tr("%1 has an empty or non-text name form.").arg(where);
        t.nameForms.append(f.toString());
    }
    t.nameMayBeEmpty = o.value(QLatin1String("nameMayBeEmpty")).toBool(false);
    for (const QJsonValue &f : o.value(QLatin1String("nameForbids")).toArray()) {
        if (!f.toString().isEmpty())
            t.nameForbids.append(f.toString());
    }
    return {};
}

QString readMaterials(const QJsonObject &o, const QString &where, EntityType &t)
{
    const QJsonValue materials = o.value(QLatin1String("materials"));
    if (!materials.isArray() || materials.toArray().isEmpty())
        return EntityTypeCatalog::tr("%1 needs a non-empty \"materials\" array.").arg(where);
    QSet<QString> materialIds;
    for (const QJsonValue &mv : materials.toArray()) {
        const QJsonObject mo = mv.toObject();
        MaterialSpec spec;
        if (!readString(mo, "id", &spec.id) || !readString(mo, "title", &spec.title))
            return EntityTypeCatalog::tr("%1 has a material without an \"id\" or a \"title\".").arg(where);
        if (materialIds.contains(spec.id))
            return EntityTypeCatalog::tr("%1 lists the material \"%2\" twice.").arg(where, spec.id);
        materialIds.insert(spec.id);
        const QJsonValue required = mo.value(QLatin1String("required"));
        if (!required.isUndefined() && !required.isBool())
            return EntityTypeCatalog::tr("%1: \"required\" of material \"%2\" must be true or false.")
                .arg(where, spec.id);
        spec.required = required.toBool(true);
        t.materials.append(spec);
    }
    return {};
}

// The entry's names: id (checked by the caller), name, code category, representative, capital.
QString readNames(const QJsonObject &o, const QString &where, EntityType &t)
{
    if (!readString(o, "name", &t.name))
        return EntityTypeCatalog::tr("%1 has no \"name\".").arg(where);
    QString category;
    if (!readString(o, "codeCategory", &category) || category.size() != 1 ||
        !QStringLiteral("123").contains(category))
        return EntityTypeCatalog::tr("%1 needs a \"codeCategory\" of \"1\", \"2\" or \"3\".").arg(where);
    t.codeCategory = category.at(0);
    if (!readString(o, "representativeTitle", &t.representativeTitle))
        return EntityTypeCatalog::tr("%1 has no \"representativeTitle\".").arg(where);
    if (!readString(o, "capitalLabel", &t.capitalLabel, true))
        return EntityTypeCatalog::tr("%1 needs a \"capitalLabel\" (empty when the type has no capital).")
            .arg(where);
    return {};
}

} // namespace

EntityTypeCatalog EntityTypeCatalog::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return EntityTypeCatalog{};
    };
    if (error)
        error->clear();

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The entity type catalogue is not valid JSON: %1 at offset %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("The entity type catalogue must be a JSON object with a \"types\" array."));
    const QJsonValue typesValue = doc.object().value(QLatin1String("types"));
    if (!typesValue.isArray())
        return fail(tr("The entity type catalogue has no \"types\" array."));
    const QJsonArray types = typesValue.toArray();
    if (types.isEmpty())
        return fail(tr("The entity type catalogue lists no entity types."));

    EntityTypeCatalog catalog;
    QSet<QString> ids;
    for (qsizetype i = 0; i < types.size(); ++i) {
        const int index = int(i) + 1;
        if (!types.at(i).isObject())
            return fail(tr("Entry %1 of the entity type catalogue is not an object.").arg(index));
        const QJsonObject o = types.at(i).toObject();
        EntityType t;
        if (!readString(o, "id", &t.id))
            return fail(tr("Entry %1 of the entity type catalogue has no \"id\".").arg(index));
        const QString where = tr("Entity type \"%1\"").arg(t.id);
        if (ids.contains(t.id))
            return fail(tr("%1 appears twice in the catalogue.").arg(where));
        ids.insert(t.id);
        for (const auto read :
             {readNames, readSections, readOfficers, readInvestors, readNameForms, readMaterials}) {
            if (const QString why = read(o, where, t); !why.isEmpty())
                return fail(why);
        }
        catalog.m_types.append(t);
    }
    return catalog;
}

} // namespace ow::core
