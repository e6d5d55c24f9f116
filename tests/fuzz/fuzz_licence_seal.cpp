// A licence's QR text as anyone may hand it to a verifier (the client's dialog, `onewindow-exchange
// verify-licence`): security::LicenceSeal::verify on arbitrary bytes against a registry CA made
// once per process, whose authority sealed one licence (the first input tried, and the seed the
// mutations start from). Properties: never a crash; a verdict always comes with its reason; what
// verifies (valid, provisional, revoked) carries essentials that pass their own check and name the
// code the address ends with; the one licence sealed here verifies as valid.

#include "FuzzSupport.h"
#include "core/UsccCode.h"
#include "exchange/ExchangePaths.h"
#include "exchange/Pki.h"
#include "security/LicenceSeal.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using ow::security::LicenceSeal;
using ow::security::SealCheck;

namespace {

struct Registry
{
    QByteArray caPem;
    QByteArray sealed;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const Registry &registry()
{
    static const Registry made = [] {
        Registry r;
        static QTemporaryDir dir;
        const ow::exchange::ExchangePaths paths(dir.filePath(QStringLiteral("exchange")));
        if (!ow::exchange::Pki::initialise(paths).ok())
            ow::fuzz::fail(__FILE__, __LINE__, "Pki::initialise", QStringLiteral("no registry PKI"));
        r.caPem = readFile(paths.caCert());
        ow::security::LicenceEssentials e;
        e.creditCode = ow::core::UsccCode::compose(
            QLatin1Char('9'), QLatin1Char('1'), QStringLiteral("140105"), ow::core::UsccCode::serialBody(7));
        e.name = QStringLiteral("太原市鑫源商贸有限公司");
        e.entityType = QStringLiteral("有限责任公司(自然人投资或控股)");
        e.legalRepresentative = QStringLiteral("张伟");
        e.registeredCapital = QStringLiteral("伍佰万元整");
        e.domicile = QStringLiteral("山西省太原市小店区长治路111号");
        e.authorityName = QStringLiteral("太原市小店区市场监督管理局");
        e.establishedOn = e.issuedOn = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
        const auto sealed = LicenceSeal::seal(e, readFile(paths.signingKey()), readFile(paths.signingCert()),
                                              QStringLiteral("https://127.0.0.1:8444/licence/"));
        if (!sealed)
            ow::fuzz::fail(__FILE__, __LINE__, "LicenceSeal::seal", sealed.error().message);
        r.sealed = sealed.value();
        return r;
    }();
    return made;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ow::fuzz::initialise();
    const Registry &r = registry();
    static bool sealedChecked = false;
    if (!sealedChecked) {
        sealedChecked = true;
        const SealCheck own = LicenceSeal::verify(r.sealed, r.caPem);
        OW_FUZZ_CHECK(own.isValid(), own.reason);
    }
    const QByteArray text = ow::fuzz::bytes(data, size);
    const SealCheck check = LicenceSeal::verify(text, r.caPem);
    OW_FUZZ_CHECK(!check.reason.isEmpty(), QStringLiteral("a verdict without a reason"));
    ow::fuzz::trace(LicenceSeal::verdictName(check.verdict) + QStringLiteral(": ") + check.reason);
    const bool genuine = check.verdict == SealCheck::Verdict::Valid ||
                         check.verdict == SealCheck::Verdict::Provisional ||
                         check.verdict == SealCheck::Verdict::Revoked;
    if (genuine) {
        OW_FUZZ_CHECK(ow::security::LicenceEssentialsJson::check(check.essentials).ok(), check.reason);
        const QByteArray address = text.left(text.indexOf('#'));
        OW_FUZZ_CHECK(address.endsWith(check.essentials.creditCode.toLatin1()), QString::fromLatin1(address));
    }
    return 0;
}
