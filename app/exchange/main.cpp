// onewindow-exchange: initialise, enrol, revoke, manage users, serve, submit demo applications.
#include "CommandLine.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QStringList>

using namespace ow::exchange::cli;

namespace {

const char *const Usage = R"(Usage: onewindow-exchange <command> [options]

  init --dir D [--host NAME]... [--signing sm2|ecdsa] [--database postgresql://USER@HOST:PORT/DB [--database-password-file F]]
                                       CA, server certificate (127.0.0.1, localhost, NAMEs),
                                       the authority's signing key (SM2 with SM3; --signing ecdsa:
                                       ECDSA P-256) and its certificate authority-signing.crt,
                                       the portal certificate, the store:
                                       D/exchange.sqlite, or the PostgreSQL database (recorded in
                                       D/store.conf; every command on D then uses it, and several
                                       `serve` processes with copies of D may share it). The password
                                       comes from F, or PGPASSWORD / ~/.pgpass; never in the URL.
  enrol --dir D --workstation W --authority CODE --out W.p12 --passphrase-file F
                                       issue a workstation client certificate as PKCS#12 for
                                       the registration authority CODE (6-digit GB/T 2260 code,
                                       e.g. 140105 小店区)
  enrol --dir D --department CODE --name NAME --kinds KINDS --authority CODE --out D.p12 --passphrase-file F
                                       a department's service certificate (DOMAIN §8) as PKCS#12:
                                       KINDS is tax, social_security, statistics or
                                       licensing:<licence>[,<licence>…] (licences named as in the
                                       scope catalogue, e.g. licensing:食品经营,餐饮服务); it gets
                                       the registrations of authority CODE (a province's code: all
                                       of the province) that concern it, claims them and pushes
                                       back licences, penalties and list entries
  department list --dir D              the enrolled departments
  revoke --dir D --workstation W       revoke every certificate of a workstation (or department)
  workstation list --dir D             list the issued client certificates
  user add --dir D --id ID --name NAME --role clerk|supervisor|admin --authority CODE --password-file F
                                       a user of registration authority CODE; a province's code
                                       (e.g. 140000 山西省) is the provincial scope: the cases of
                                       every authority of the province. A user signs in only at
                                       workstations of their authority (provincial: the province's)
  user list --dir D
  user disable --dir D --id ID         (user enable --dir D --id ID undoes it)
  user unlock --dir D --id ID          lift the lock after repeated wrong passwords (it also ends
                                       by itself 15 minutes after the last one)
  log --dir D [--request ID] [--workstation W] [--since 2026-11-26T08:00] [--limit 50]
                                       the request log, newest first: what happened to the request
                                       id a clerk reads out from the sync log (times in UTC)
  verify-licence (--ca FILE | --dir D) [TEXT | --file F] [--revoked-code CODE]... [--revoked-serial HEX]...
                                       check a licence's QR text (argument, file or standard input)
                                       offline with the registry CA's certificate (D/ca.crt; --dir
                                       also takes the store's revoked certificates and licences).
                                       Exit status 0 valid, 2 provisional, 1 altered, unknown key,
                                       revoked, malformed
  revoke-licence --dir D --code CODE --decision TEXT [--on YYYY-MM-DD]
                                       revoke (吊销) an issued licence by the decision TEXT (its
                                       number and basis) of the day given (today by default):
                                       the public lookup, every workstation's verify dialog and
                                       verify-licence --dir then say revoked
  deregister-licence --dir D --code CODE [--on YYYY-MM-DD]
                                       deregister (注销) the entity of an issued licence on the day
                                       given (today by default): every workstation learns it; its
                                       name stays protected from clashes for a year
  notice object --dir D --code CODE --by NAME --text TEXT
                                       record an objection (异议) to the running public notice of
                                       the simplified deregistration of CODE: the authority's
                                       counters learn it, and the deregistration is not approved
  stock add --dir D --authority CODE --copy original|duplicate --batch ID --from SERIAL --to SERIAL
                                       register a batch of numbered blank licence stock delivered
                                       to authority CODE (正本 A3 or 副本 A4 paper; at most 100000
                                       sheets, overlapping no other batch of that paper); the
                                       authority's counters receive it at their next sync
  stock list --dir D [--authority CODE]
  stock report --dir D --batch ID [--csv]
                                       every serial of the batch: unused, printed or reprinted
                                       (case, credit code, by, workstation, when), voided (reason);
                                       totals at the end
  credit import --dir D --authority CODE --file F.csv [--by NAME] [--dry-run]
                                       import credit list entries (经营异常名录, 严重违法失信企业名单,
                                       失信被执行人) recorded by authority CODE: a header row naming
                                       the columns list, subject_kind, subject, subject_name, reason,
                                       authority, basis, from (removed_on, removal_reason optional);
                                       every refused row is reported with its line and why (exit
                                       status 3 when any was); importing a file again adds nothing
                                       twice and records removals added to its rows
  credit remove --dir D --id ID --reason TEXT [--on YYYY-MM-DD] [--by NAME]
                                       remove an entry from its list on the day given (today by
                                       default); the entry stays, with its removal
  credit list --dir D [--list abnormal|serious|dishonest_debtor] [--in-force-on YYYY-MM-DD|today] [--csv]
  next-step --dir D [--user onewindow-exchange]
                                       what to do next with an installed exchange (initialise, the
                                       first administrator, a workstation, start the service), read
                                       off D, with the command for each step
  serve --dir D [--listen 127.0.0.1:8443] [--public-port 8444|off] [--request-log-days 90]
                                       run the exchange over HTTPS with mutual TLS; request log
                                       entries older than the days given are deleted (0: never).
                                       The public lookup of published licences (what a licence's
                                       QR code opens: /licence/<code>, no client certificate,
                                       rate-limited) listens on the same host at --public-port,
                                       with D/public.crt and D/public.key when there, else the
                                       server certificate
  demo-applications --dir D [--count N] [--url https://127.0.0.1:8443] [--via https|store]
                                       submit N realistic online applications as the portal does:
                                       over HTTPS to the running exchange with D's portal
                                       certificate; --via store writes them into D's store directly
  demo-departments --dir D [--url https://127.0.0.1:8443]
                                       play five departments of Shanxi over HTTPS with their own
                                       certificates (enrolled into D/departments/ the first time):
                                       each reads its queue, claims each new entity, pushes back a
                                       licence per licensed scope item, sometimes a penalty, and
                                       acknowledges
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-exchange"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h" || args.at(1) == u"help") {
        out() << Usage;
        return args.size() < 2 ? 2 : 0;
    }
    const QString word = args.at(1);
    const bool twoWords = takesSubWord(word) && args.size() > 2;
    const QString subWord = twoWords ? args.at(2) : QString();
    const Command *command = findCommand(word, subWord);
    if (command == nullptr) {
        return usageError(
            {QStringLiteral("unknown command: ") + args.mid(1, twoWords ? 2 : 1).join(QLatin1Char(' '))});
    }
    Options options(args, twoWords ? 3 : 2);
    return command->run(options, subWord);
}
