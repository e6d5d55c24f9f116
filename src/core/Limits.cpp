#include "Limits.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <initializer_list>

namespace ow::core {
namespace {

// "investors[].name" with {2} → "investors[2].name", behind `prefix`.
QString concrete(const QString &prefix, std::string_view pattern, std::initializer_list<qsizetype> at)
{
    QString path = prefix;
    auto index = at.begin();
    std::size_t from = 0;
    for (std::size_t hole = pattern.find("[]"); hole != std::string_view::npos;
         hole = pattern.find("[]", from)) {
        path += QLatin1String(pattern.substr(from, hole - from)) + QLatin1Char('[') +
                QString::number(index != at.end() ? *index++ : 0) + QLatin1Char(']');
        from = hole + 2;
    }
    return path + QLatin1String(pattern.substr(from));
}

constexpr std::array Scopes{LimitScope::Form, LimitScope::Case, LimitScope::Event, LimitScope::Local};

// A path of the table with its limits in each scope, looked up when the code is compiled (a form is
// checked on every event the exchange is sent).
struct Row
{
    consteval Row(const char *pattern) : path(pattern)
    {
        for (std::size_t i = 0; i < Scopes.size(); ++i) {
            text[i] = limits::find(Scopes[i], path, LimitKind::Text);
            list[i] = limits::find(Scopes[i], path, LimitKind::List);
        }
    }
    std::string_view path;
    std::array<int, Scopes.size()> text{};
    std::array<int, Scopes.size()> list{};
};
static_assert(int(Scopes.back()) == int(Scopes.size()) - 1, "Row's arrays are indexed by LimitScope");

// Collects the violations of one check: each text and list of a scope, looked up in the table.
class Checker
{
public:
    Checker(LimitScope scope, QString prefix) : m_scope(scope), m_prefix(std::move(prefix)) {}

    void text(const Row &row, const QString &value, std::initializer_list<qsizetype> at = {})
    {
        const std::string_view pattern = row.path;
        const int max = row.text[std::size_t(m_scope)];
        Q_ASSERT_X(max > 0, "Limits", "a text without a row in the table");
        if (!Limits::isWellFormed(value)) {
            m_issues.append({QStringLiteral("field.invalid_text"), concrete(m_prefix, pattern, at),
                             Limits::tr("This text holds a character that is not valid text (a lone "
                                        "surrogate or a NUL); type it again.")});
        } else if (value.size() > max) {
            m_issues.append({QStringLiteral("field.too_long"), concrete(m_prefix, pattern, at),
                             Limits::tr("This text has %1 characters; at most %2 are allowed.")
                                 .arg(value.size())
                                 .arg(max)});
        }
    }

    // False when the list is over its limit: its entries are then not looked at one by one.
    bool list(const Row &row, qsizetype size, std::initializer_list<qsizetype> at = {})
    {
        const std::string_view pattern = row.path;
        const int max = row.list[std::size_t(m_scope)];
        Q_ASSERT_X(max > 0, "Limits", "a list without a row in the table");
        if (size <= max)
            return true;
        m_issues.append({QStringLiteral("list.too_long"), concrete(m_prefix, pattern, at),
                         Limits::tr("This list has %1 entries; at most %2 are allowed.").arg(size).arg(max)});
        return false;
    }

    LimitIssues take() { return std::move(m_issues); }

private:
    LimitScope m_scope;
    QString m_prefix;
    LimitIssues m_issues;
};

struct PersonRows
{
    Row name;
    Row idNumber;
    Row phone;
    Row position;
};

void checkPerson(Checker &in, const PersonRows &rows, const Person &person)
{
    in.text(rows.name, person.name);
    in.text(rows.idNumber, person.idNumber);
    in.text(rows.phone, person.phone);
    in.text(rows.position, person.position);
}

LimitIssues checkForm(const OneForm &form, const QString &prefix)
{
    Checker in(LimitScope::Form, prefix);
    in.text("entity.type", form.entityTypeId);
    in.text("entity.name", form.proposedName);
    in.text("entity.domicile", form.domicile);
    in.text("entity.domicileDivision", form.domicileDivision);
    in.text("entity.authorityDivision", form.authorityDivision);
    in.text("entity.scope", form.businessScope);
    in.text("entity.phone", form.phone);
    in.text("entity.postalCode", form.postalCode);
    in.text("entity.parentCode", form.parentCode);
    checkPerson(in, {"legalRep.name", "legalRep.idNumber", "legalRep.phone", "legalRep.position"},
                form.legalRep);
    checkPerson(in, {"liaison.name", "liaison.idNumber", "liaison.phone", "liaison.position"}, form.liaison);
    checkPerson(in,
                {"financialOfficer.name", "financialOfficer.idNumber", "financialOfficer.phone",
                 "financialOfficer.position"},
                form.financialOfficer);
    if (in.list("investors", form.investors.size())) {
        for (qsizetype i = 0; i < form.investors.size(); ++i) {
            const Investor &investor = form.investors.at(i);
            in.text("investors[].name", investor.name, {i});
            in.text("investors[].idNumber", investor.idNumber, {i});
            in.text("investors[].contributionForm", investor.contributionForm, {i});
        }
    }
    if (in.list("personnel", form.personnel.size())) {
        for (qsizetype i = 0; i < form.personnel.size(); ++i) {
            const KeyPerson &person = form.personnel.at(i);
            in.text("personnel[].name", person.name, {i});
            in.text("personnel[].idNumber", person.idNumber, {i});
            in.text("personnel[].position", person.position, {i});
        }
    }
    return in.take();
}

} // namespace

bool Limits::isWellFormed(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isNull())
            return false;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return false;
    }
    return true;
}

int Limits::maxLength(const QString &path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    const QByteArray pattern = QString(path).replace(index, QStringLiteral("[]")).toUtf8();
    const std::string_view key(pattern.constData(), std::size_t(pattern.size()));
    for (LimitScope scope : {LimitScope::Form, LimitScope::Case, LimitScope::Local}) {
        if (const int max = maxLength(scope, key); max > 0)
            return max;
    }
    return -1;
}

LimitIssues Limits::check(const OneForm &form)
{
    return checkForm(form, {});
}

LimitIssues Limits::check(const QList<MaterialItem> &materials, const QString &prefix)
{
    Checker in(LimitScope::Case, prefix);
    if (in.list("materials", materials.size())) {
        for (qsizetype i = 0; i < materials.size(); ++i) {
            const MaterialItem &item = materials.at(i);
            in.text("materials[].id", item.id, {i});
            in.text("materials[].title", item.title, {i});
            if (in.list("materials[].attachments", item.attachments.size(), {i})) {
                for (qsizetype j = 0; j < item.attachments.size(); ++j)
                    in.text("materials[].attachments[]", item.attachments.at(j), {i, j});
            }
        }
    }
    return in.take();
}

LimitIssues Limits::check(const CaseRecord &record, const QString &prefix)
{
    Checker in(LimitScope::Case, prefix);
    in.text("id", record.id);
    in.text("receiptNumber", record.receiptNumber);
    in.text("creditCode", record.creditCode);
    in.text("licenceSeal", record.licenceSeal);
    in.text("createdBy", record.createdBy);
    in.text("acceptedBy", record.acceptedBy);
    in.text("reviewer", record.reviewer);
    in.text("workstation", record.workstation);
    in.text("lastReason", record.lastReason);
    in.text("subjectCode", record.subjectCode);
    return in.take() + checkForm(record.form, prefix) +
           checkForm(record.registered, prefix + u"registered.") + check(record.materials, prefix);
}

LimitIssues Limits::check(const DomainEvent &event)
{
    const QJsonValue carried = event.payload.value(u"case");
    if (!carried.isObject())
        return check(event, nullptr);
    const CaseRecord record = CaseRecord::fromJson(carried.toObject());
    return check(event, &record);
}

LimitIssues Limits::check(const DomainEvent &event, const CaseRecord *carried)
{
    Checker in(LimitScope::Event, {});
    in.text("id", event.id);
    in.text("type", event.type);
    in.text("caseId", event.caseId);
    in.text("actor", event.actor);
    in.text("workstation", event.workstation);
    in.text("payload.from", event.payload.value(u"from").toString());
    in.text("payload.to", event.payload.value(u"to").toString());
    in.text("payload.reason", event.payload.value(u"reason").toString());
    const QJsonArray codes = event.payload.value(u"reasonCodes").toArray();
    if (in.list("payload.reasonCodes", codes.size())) {
        for (int i = 0; i < codes.size(); ++i)
            in.text("payload.reasonCodes[]", codes.at(i).toString(), {i});
    }
    LimitIssues issues = in.take();
    if (carried)
        issues += check(*carried, QStringLiteral("payload.case."));
    return issues;
}

} // namespace ow::core
