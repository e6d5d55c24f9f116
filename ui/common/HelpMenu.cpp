#include "ui/common/HelpMenu.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

// The texts' translation context.
class Help
{
    Q_DECLARE_TR_FUNCTIONS(ow::ui::Help)
};

// The guide built into the client (ui/help.qrc), in the user's language: the file name is translated.
void showGuide(QMainWindow *window)
{
    auto *dialog = new QDialog(window);
    dialog->setObjectName(QStringLiteral("helpGuideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(Help::tr("OneWindow — user guide"));
    auto *layout = new QVBoxLayout(dialog);
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("helpGuide"));
    browser->setOpenExternalLinks(true);
    const QString file = Help::tr("user-guide.md", "the guide's file in this language: user-guide.zh_CN.md");
    browser->setSource(QUrl(QStringLiteral("qrc:/onewindow/help/") + file), QTextDocument::MarkdownResource);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(window->size().boundedTo(QSize(900, 1000)) * 0.9);
    dialog->open();
}

// The keys of the one form and of fields, which are no actions of the window.
QList<QPair<QString, QString>> fieldKeys()
{
    return {
        {QStringLiteral("Tab / Shift+Tab"), Help::tr("Next / previous field, rows included")},
        {QStringLiteral("F8"), Help::tr("Next problem on the form")},
        {QStringLiteral("Alt+A"), Help::tr("Add an investor")},
        {QStringLiteral("Alt+K"), Help::tr("Add a key person")},
        {QStringLiteral("Alt+C"), Help::tr("The capital field")},
        {QStringLiteral("Enter"), Help::tr("In the search: open the first hit")},
        {QStringLiteral("Esc"), Help::tr("In the search: empty it and show the case list")},
        {QStringLiteral("Alt+N"), Help::tr("At sign-in: another user")},
    };
}

void showShortcuts(QMainWindow *window)
{
    QList<QPair<QString, QString>> rows;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty()) {
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::NativeText);
            if (!keys.contains(text)) { // Return and Enter read alike
                keys.append(text);
            }
        }
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)|&(?=\\w)")));
        rows.append({keys.join(QStringLiteral(" / ")), text.remove(QStringLiteral("…")).trimmed()});
    }
    rows += fieldKeys();

    auto *dialog = new QDialog(window);
    dialog->setObjectName(QStringLiteral("helpShortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(Help::tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("helpShortcuts"));
    table->setHorizontalHeaderLabels({Help::tr("Keys"), Help::tr("Does")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->resizeColumnToContents(0);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(560, 640);
    dialog->open();
}

QString aboutText(const AboutFacts &f)
{
    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString text =
        QStringLiteral("<h3>%1 %2</h3><p>%3</p><table cellspacing=\"4\">")
            .arg(Help::tr("OneWindow"), QCoreApplication::applicationVersion(),
                 Help::tr(
                     "Enterprise registration at the counter: one window, one form, one set of materials."));
    text += row(Help::tr("Workstation"), f.workstation);
    text += row(Help::tr("Registration authority"), f.authority);
    text += row(Help::tr("Exchange"),
                f.exchange.isEmpty() ? Help::tr("not configured (working offline)") : f.exchange);
    text += row(Help::tr("Case cache"), Help::tr("%1 (schema %2)").arg(f.cacheFile).arg(f.cacheSchema));
    text += row(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    text += row(QStringLiteral("OpenSSL"), QSslSocket::sslLibraryVersionString());
    text += row(QStringLiteral("SQLite"), f.sqliteVersion);
    return text + QStringLiteral("</table>");
}

} // namespace

QMenu *addHelpMenu(QMainWindow *window, std::function<AboutFacts()> facts)
{
    QMenu *menu = window->menuBar()->addMenu(Help::tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = menu->addAction(Help::tr("&User guide"));
    guide->setObjectName(QStringLiteral("helpGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QObject::connect(guide, &QAction::triggered, window, [window] { showGuide(window); });
    QAction *shortcuts = menu->addAction(Help::tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("helpShortcuts"));
    QObject::connect(shortcuts, &QAction::triggered, window, [window] { showShortcuts(window); });
    menu->addSeparator();
    QAction *about = menu->addAction(Help::tr("&About OneWindow"));
    about->setObjectName(QStringLiteral("helpAbout"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window, [window, facts = std::move(facts)] {
        auto *box = new QMessageBox(QMessageBox::Information, Help::tr("About OneWindow"), aboutText(facts()),
                                    QMessageBox::Close, window);
        box->setObjectName(QStringLiteral("helpAboutDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextFormat(Qt::RichText);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->open();
    });
    return menu;
}

} // namespace ow::ui
