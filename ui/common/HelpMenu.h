#pragma once

#include <QString>

#include <functional>

class QMainWindow;
class QMenu;

namespace ow::ui {

// What About says of this workstation, for IT staff: read when the dialog opens.
struct AboutFacts
{
    QString workstation;
    QString authority; // code and office name
    QString exchange;  // the exchange's address, or empty when none is configured
    QString cacheFile;
    int cacheSchema = 0;
    QString sqliteVersion;
};

// The Help menu of a main window, in the user's language: the user guide (F1, shown in the client
// from the guide built in), the keyboard shortcuts as this window has them (read from its actions,
// so the list cannot drift from the keys), and About with the versions of OneWindow, Qt, OpenSSL
// and SQLite. Returns the menu (its actions are named helpGuide, helpShortcuts, helpAbout).
QMenu *addHelpMenu(QMainWindow *window, std::function<AboutFacts()> facts);

} // namespace ow::ui
