#pragma once

#include "core/RegisteredEntity.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

// Synthetic but realistic registered entities of Shanxi for the benchmarks and the tests that need
// many of them (the search index, the directory's snapshot): valid unified social credit codes,
// names of division + 字号 + industry + form, legal representatives, domiciles, scopes and dates, as
// core::RegisteredEntity carries them. Deterministic for a given generator seed.
namespace ow::test {

class SyntheticEntities
{
public:
    explicit SyntheticEntities(quint32 seed);
    core::RegisteredEntity next();

private:
    struct Place
    {
        QString code;       // county code, the registration authority
        QString namePrefix; // 太原市 or 山西 or 太原市小店区
        QString countyName; // 太原市小店区
    };
    static QList<Place> shanxiPlaces();

    QRandomGenerator m_random;
    QList<Place> m_places;
};

} // namespace ow::test
