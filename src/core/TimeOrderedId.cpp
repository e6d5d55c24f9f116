#include "TimeOrderedId.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <mutex>

namespace ow::core {

QString TimeOrderedId::make(qint64 msSinceEpoch, quint16 count, quint64 random)
{
    const quint64 ms = quint64(msSinceEpoch) & 0xFFFF'FFFF'FFFFull;
    const quint64 high = (ms << 16) | 0x7000u | (count & 0x0FFFu);          // time, version 7, count
    const quint64 low = (random & 0x3FFF'FFFF'FFFF'FFFFull) | (2ull << 62); // variant 10, random
    const QUuid uuid(uint(high >> 32), ushort(high >> 16), ushort(high), uchar(low >> 56), uchar(low >> 48),
                     uchar(low >> 40), uchar(low >> 32), uchar(low >> 24), uchar(low >> 16), uchar(low >> 8),
                     uchar(low));
    return uuid.toString(QUuid::WithoutBraces);
}

QString TimeOrderedId::next()
{
    // (milliseconds << 12 | count) of the last id given: the next is later by at least one count.
    static std::mutex lock;
    static quint64 last = 0;
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch()) << 12;
    quint64 stamp = 0;
    {
        const std::lock_guard<std::mutex> guard(lock);
        stamp = std::max(now, last + 1);
        last = stamp;
    }
    return make(qint64(stamp >> 12), quint16(stamp & 0x0FFFu), QRandomGenerator::global()->generate64());
}

} // namespace ow::core
