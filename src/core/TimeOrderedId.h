#pragma once

#include <QString>
#include <QtGlobal>

namespace ow::core {

// Ids for what the counter and the exchange create (cases, events): UUIDs of version 7 (RFC 9562),
// whose first 48 bits are the creation time in milliseconds since the epoch, then a 12-bit count
// within that millisecond, then 62 random bits. They are valid UUIDs as before (the exchange
// accepts any), but ids made one after another sort in the order they were made, so the B-trees
// keyed by them (a case's row, an event's answer, the outbox) grow at their end instead of
// rewriting pages all over the index for every batch, as random (version 4) ids did.
class TimeOrderedId
{
public:
    // The next id of this process: later than every one it gave before (a clock set back, or more
    // than 4,096 ids in one millisecond, go on from the last one given).
    static QString next();

    // The id for the millisecond `msSinceEpoch`, count `count` (12 bits) and random `random` (its
    // low 62 bits used): the rule next() follows, for tests.
    static QString make(qint64 msSinceEpoch, quint16 count, quint64 random);
};

} // namespace ow::core
