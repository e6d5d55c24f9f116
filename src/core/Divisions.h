#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::core {

struct Division
{
    QString code; // 2, 4 or 6 digits as in GB/T 2260
    QString name;
    QString parentCode; // empty for a province
};

// Administrative divisions of China (GB/T 2260), embedded from shared/data/divisions.
class Divisions
{
public:
    static const Divisions &instance();

    // True for a 6-digit code naming a county, a city padded with 00, or a province padded with 0000.
    bool exists(const QString &sixDigits) const;
    QString name(const QString &code) const;          // county, city or province name, or empty
    QString fullName(const QString &sixDigits) const; // 山西省太原市小店区
    QList<Division> provinces() const;
    QList<Division> children(const QString &parentCode) const; // cities of a province, counties of a city
    // All division names (province, city, county) for splitting enterprise names, longest first.
    const QStringList &namesLongestFirst() const { return m_namesLongestFirst; }
    // The lengths those names have, longest first (a handful: the names are thousands).
    const QList<qsizetype> &nameLengthsLongestFirst() const { return m_nameLengths; }
    // Whether `text` is a division's name, and whether one stands anywhere in `text` (an
    // address); by hash and by first character, not by trying every name.
    bool isName(const QString &text) const { return m_names.contains(text); }
    bool mentionsName(QStringView text) const;
    // The canonical codes (2, 4 or 6 digits) of the divisions called `name`, in full or in the short
    // form people write (太原 → 1401); several when two counties share a name.
    QStringList codesNamed(const QString &name) const { return m_codesByName.value(name); }
    // A division by code (any length the table uses), or nothing.
    std::optional<Division> find(const QString &code) const;

private:
    Divisions();
    QHash<QString, Division> m_byCode;
    QHash<QString, QList<QString>> m_children;
    QStringList m_namesLongestFirst;
    QSet<QString> m_names;
    QList<qsizetype> m_nameLengths;
    QHash<QChar, QStringList> m_namesByFirst;
    QHash<QString, QStringList> m_codesByName;
};

} // namespace ow::core
