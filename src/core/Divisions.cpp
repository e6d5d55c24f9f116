#include "Divisions.h"

#include "CoreSupport.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

namespace ow::core {
namespace {

Q_LOGGING_CATEGORY(lcDivisions, "onewindow.core.divisions")

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Rows of one embedded CSV file without its header: fields split on commas, quotes removed.
// The files are generated (see resources/data/divisions/SOURCE.md) and no name holds a comma.
QList<QStringList> readCsv(const QString &file)
{
    const QString text = QString::fromUtf8(detail::readDataResource(QStringLiteral("divisions/") + file));
    QList<QStringList> rows;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList fields = lines.at(i).trimmed().split(QLatin1Char(','));
        for (QString &f : fields) {
            f = f.trimmed();
            if (f.size() >= 2 && f.startsWith(QLatin1Char('"')) && f.endsWith(QLatin1Char('"')))
                f = f.mid(1, f.size() - 2);
        }
        rows.append(fields);
    }
    if (rows.isEmpty())
        qCCritical(lcDivisions) << "embedded division table is empty:" << file;
    return rows;
}

// City-level rows that only group counties (市辖区, 县, 省直辖县级行政区划 …): not names anyone writes.
bool isGroupingName(const QString &name)
{
    return name == QStringLiteral("市辖区") || name == QStringLiteral("县") ||
           name.endsWith(QStringLiteral("直辖县级行政区划"));
}

// The short form people write in names: 山西 for 山西省, 太原 for 太原市, 广西 for 广西壮族自治区.
QString shortForm(const QString &name)
{
    static const QStringList suffixes = {
        QStringLiteral("维吾尔自治区"), QStringLiteral("壮族自治区"), QStringLiteral("回族自治区"),
        QStringLiteral("自治区"),       QStringLiteral("地区"),       QStringLiteral("省"),
        QStringLiteral("市"),           QStringLiteral("盟"),
    };
    for (const QString &suffix : suffixes) {
        if (name.endsWith(suffix) && name.size() - suffix.size() >= 2)
            return name.left(name.size() - suffix.size());
    }
    return {};
}

} // namespace

const Divisions &Divisions::instance()
{
    static const Divisions divisions;
    return divisions;
}

Divisions::Divisions()
{
    QSet<QString> names;
    auto addName = [&names, this](const QString &name, bool withShortForm, const QString &code) {
        if (name.isEmpty() || isGroupingName(name))
            return;
        names.insert(name);
        m_codesByName[name].append(code);
        if (withShortForm) {
            const QString s = shortForm(name);
            if (!s.isEmpty()) {
                names.insert(s);
                m_codesByName[s].append(code);
            }
        }
    };

    for (const QStringList &row : readCsv(QStringLiteral("provinces.csv"))) {
        if (row.size() < 2 || row.at(0).size() != 2)
            continue;
        m_byCode.insert(row.at(0), Division{row.at(0), row.at(1), {}});
        addName(row.at(1), true, row.at(0));
    }
    for (const QStringList &row : readCsv(QStringLiteral("cities.csv"))) {
        if (row.size() < 3 || row.at(0).size() != 4)
            continue;
        m_byCode.insert(row.at(0), Division{row.at(0), row.at(1), row.at(2)});
        m_children[row.at(2)].append(row.at(0));
        addName(row.at(1), true, row.at(0));
    }
    for (const QStringList &row : readCsv(QStringLiteral("areas.csv"))) {
        if (row.size() < 3 || row.at(0).size() != 6)
            continue;
        m_byCode.insert(row.at(0), Division{row.at(0), row.at(1), row.at(2)});
        m_children[row.at(2)].append(row.at(0));
        addName(row.at(1), false, row.at(0));
    }

    m_namesLongestFirst = QStringList(names.begin(), names.end());
    std::sort(m_namesLongestFirst.begin(), m_namesLongestFirst.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    for (const QString &n : std::as_const(m_namesLongestFirst)) {
        m_names.insert(n);
        m_namesByFirst[n.front()].append(n);
        if (!m_nameLengths.contains(n.size()))
            m_nameLengths.append(n.size());
    }
}

bool Divisions::mentionsName(QStringView text) const
{
    for (qsizetype at = 0; at < text.size(); ++at) {
        const auto bucket = m_namesByFirst.constFind(text.at(at));
        if (bucket == m_namesByFirst.cend())
            continue;
        const QStringView rest = text.sliced(at);
        for (const QString &name : *bucket) {
            if (rest.startsWith(name))
                return true;
        }
    }
    return false;
}

namespace {

// 140105 → 140105, 140100 → 1401, 140000 → 14; 2- and 4-digit codes unchanged; else empty.
QString canonicalCode(const QString &code)
{
    if (!allDigits(code))
        return {};
    if (code.size() == 2 || code.size() == 4)
        return code;
    if (code.size() != 6)
        return {};
    if (code.endsWith(QLatin1String("0000")))
        return code.left(2);
    if (code.endsWith(QLatin1String("00")))
        return code.left(4);
    return code;
}

} // namespace

bool Divisions::exists(const QString &sixDigits) const
{
    if (sixDigits.size() != 6)
        return false;
    const QString key = canonicalCode(sixDigits);
    return !key.isEmpty() && m_byCode.contains(key);
}

QString Divisions::name(const QString &code) const
{
    const auto it = m_byCode.constFind(canonicalCode(code));
    return it == m_byCode.cend() ? QString() : it->name;
}

QString Divisions::fullName(const QString &sixDigits) const
{
    QString key = canonicalCode(sixDigits);
    if (key.isEmpty() || !m_byCode.contains(key))
        return {};
    QStringList parts;
    while (!key.isEmpty()) {
        const auto it = m_byCode.constFind(key);
        if (it == m_byCode.cend())
            break;
        if (!isGroupingName(it->name))
            parts.prepend(it->name);
        key = it->parentCode;
    }
    return parts.join(QString());
}

std::optional<Division> Divisions::find(const QString &code) const
{
    const QString key = code.size() == 6 ? canonicalCode(code) : code;
    const auto it = m_byCode.constFind(key);
    if (it == m_byCode.cend())
        return std::nullopt;
    return *it;
}

QList<Division> Divisions::provinces() const
{
    QList<Division> result;
    for (const Division &d : m_byCode) {
        if (d.code.size() == 2)
            result.append(d);
    }
    std::sort(result.begin(), result.end(),
              [](const Division &a, const Division &b) { return a.code < b.code; });
    return result;
}

QList<Division> Divisions::children(const QString &parentCode) const
{
    QList<Division> result;
    for (const QString &code : m_children.value(canonicalCode(parentCode)))
        result.append(m_byCode.value(code));
    std::sort(result.begin(), result.end(),
              [](const Division &a, const Division &b) { return a.code < b.code; });
    return result;
}

} // namespace ow::core
