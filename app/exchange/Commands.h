#pragma once

// The commands of onewindow-exchange, one function each, found by their words in a table.
#include <QString>

namespace ow::exchange::cli {

class Options;

struct Command
{
    const char *word;
    const char *subWord; // nullptr: a command of one word
    int (*run)(Options &options, const QString &subWord);
};

// The command named by the words, or nullptr.
const Command *findCommand(const QString &word, const QString &subWord);
// Whether commands of this first word take a second one (user add, workstation list …).
bool takesSubWord(const QString &word);

// verify-licence [--ca FILE | --dir D] [TEXT | --file F]: a licence's QR text checked offline
// (VerifyLicenceCommand.cpp). Exit status 0 valid, 2 provisional, 1 anything else.
int verifyLicence(Options &options, const QString &subWord);

// stock add | list | report (StockCommands.cpp): numbered blank stock of licences.
int stockAdd(Options &options, const QString &subWord);
int stockList(Options &options, const QString &subWord);
int stockReport(Options &options, const QString &subWord);

// credit import | remove | list (CreditCommands.cpp): the credit lists.
int creditImport(Options &options, const QString &subWord);
int creditRemove(Options &options, const QString &subWord);
int creditList(Options &options, const QString &subWord);

// notice object --dir D --code CODE --by NAME --text TEXT (NoticeCommands.cpp): an objection to a
// simplified deregistration's running notice.
int noticeObject(Options &options, const QString &subWord);

// next-step --dir D [--user NAME] (NextStepCommand.cpp): what to do next with an installed
// exchange, with the command for it.
int nextStep(Options &options, const QString &subWord);

} // namespace ow::exchange::cli
