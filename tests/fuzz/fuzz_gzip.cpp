// The wire's bounded inflate (protocol::gzip::inflate) on arbitrary bytes, as the exchange meets a
// request body and the client an answer in gzip. The first two bytes choose the bound (0 to 64 KiB
// in steps, so bombs meet it), the rest is the stream.
// Properties: an inflate never yields more than its bound; what it yields inflates the same under
// any larger bound and only with TooLarge under a smaller one; one that is TooLarge under a bound
// is TooLarge (never Malformed-free success) under any smaller one; Malformed does not depend on
// the bound once the bound holds the whole output; and the codec's own output of anything
// inflates back to exactly it.

#include "FuzzSupport.h"
#include "protocol/Gzip.h"

using namespace ow::protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ow::fuzz::initialise();
    if (size < 2)
        return 0;
    const qsizetype bound = (qsizetype(data[0]) | qsizetype(data[1]) << 8) & 0xffff;
    const QByteArray stream = ow::fuzz::bytes(data + 2, size - 2);

    const auto result = gzip::inflate(stream, bound);
    if (result) {
        const QByteArray &out = result.value();
        OW_FUZZ_CHECK(out.size() <= bound,
                      QStringLiteral("%1 bytes under a bound of %2").arg(out.size()).arg(bound));
        const auto larger = gzip::inflate(stream, bound + 4096);
        OW_FUZZ_CHECK(larger && larger.value() == out, QStringLiteral("a larger bound changed the result"));
        if (!out.isEmpty()) {
            const auto smaller = gzip::inflate(stream, out.size() - 1);
            OW_FUZZ_CHECK(!smaller && smaller.error().failure == gzip::Failure::TooLarge,
                          QStringLiteral("%1 bytes fit a bound of %2").arg(out.size()).arg(out.size() - 1));
        }
        const auto again = gzip::inflate(gzip::compress(out), out.size());
        OW_FUZZ_CHECK(again && again.value() == out,
                      QStringLiteral("the codec's own output did not round-trip"));
    } else if (result.error().failure == gzip::Failure::TooLarge) {
        const auto smaller = gzip::inflate(stream, bound / 2);
        OW_FUZZ_CHECK(!smaller && smaller.error().failure == gzip::Failure::TooLarge,
                      QStringLiteral("too large under %1, not under %2").arg(bound).arg(bound / 2));
    }
    // Whatever the input is, as a body it goes out and comes back unchanged.
    const auto roundTrip = gzip::inflate(gzip::compress(stream), stream.size());
    OW_FUZZ_CHECK(roundTrip && roundTrip.value() == stream, QStringLiteral("the input did not round-trip"));
    return 0;
}
