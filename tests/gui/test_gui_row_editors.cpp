// The one form's row editors (investors, key personnel) share one base, ui::RowsEditor: driven
// here by the keyboard as a clerk drives them, through the key-personnel editor, and the
// investors' messages checked on the same form. With OW_SCREENSHOT_DIR set, the key personnel
// with a row's message is saved there as key-personnel-rows.png.
#include "core/Limits.h"
#include "core/OneForm.h"
#include "support/GuiTyping.h"
#include "ui/counter/InvestorsEditor.h"
#include "ui/counter/OneFormWidget.h"
#include "ui/counter/PersonnelEditor.h"
#include "unit/core/RuleForms.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace ow;
using ow::test::child;

namespace {

// The message lines of `editor` that are on screen, with their texts.
QList<QLabel *> shownMessages(QWidget *editor)
{
    QList<QLabel *> shown;
    for (QLabel *label : editor->findChildren<QLabel *>()) {
        if (label->property("fieldError").toBool() && label->isVisible() && !label->text().isEmpty()) {
            shown.append(label);
        }
    }
    return shown;
}

// Whether `label` draws in the error red (#b3261e), judged from its pixels.
bool drawsInRed(QLabel *label)
{
    const QImage image = label->grab().toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 140 && c.green() < 90 && c.blue() < 90) {
                return true;
            }
        }
    }
    return false;
}

QList<core::KeyPerson> people(int count)
{
    QList<core::KeyPerson> list;
    for (int i = 0; i < count; ++i) {
        list.append(
            {test::rules::personName(i + 10), test::rules::residentId(i + 10), QStringLiteral("董事")});
    }
    return list;
}

} // namespace

class TestGuiRowEditors : public QObject
{
    Q_OBJECT
private slots:
    // Space on Add key person gives a row with the focus in its name; a wrong ID number says so
    // on that row, in red; Tab reaches a row's Remove button and Space takes out that row only,
    // and the rows below take its place (and its names, which the F8 problem walk uses).
    void keyboardAddsTypesAndRemovesRows()
    {
        ui::OneFormWidget widget;
        core::OneForm form = test::rules::validForm(QStringLiteral("llc_natural_multi"),
                                                    QStringLiteral("太原市鑫源商贸有限公司"), 2);
        form.personnel = people(2);
        widget.setContent(form, {});
        widget.resize(1100, 900);
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
        auto *editor = widget.findChild<ui::PersonnelEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->rowCount(), 2);
        QVERIFY(shownMessages(editor).isEmpty());

        QPushButton *add = editor->addButton();
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        QCOMPARE(editor->rowCount(), 3);
        auto *name = child<QLineEdit>(&widget, QStringLiteral("keyPersonName2"));
        QVERIFY(name);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        test::typeText(name, QStringLiteral("王五"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the ID type
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the ID number
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(&widget, QStringLiteral("keyPersonId2")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("14010519800101"));
        const QList<QLabel *> messages = shownMessages(editor);
        QCOMPARE(messages.size(), 1); // the edited row's, not the section's nor another row's
        QVERIFY2(messages.first()->text().contains(QStringLiteral("14")),
                 qPrintable(messages.first()->text()));
        QVERIFY(drawsInRed(messages.first()));
        if (const QString dir = qEnvironmentVariable("OW_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(editor->grab().save(dir + QStringLiteral("/key-personnel-rows.png")));

        // Tab from the first row's position to its Remove button; Space removes that row.
        auto *position = child<QWidget>(&widget, QStringLiteral("keyPersonPosition0"));
        position->setFocus();
        QTest::keyClick(position, Qt::Key_Tab);
        auto *remove = qobject_cast<QPushButton *>(QApplication::focusWidget());
        QVERIFY(remove);
        QCOMPARE(remove->text(), QStringLiteral("Remove"));
        QTest::keyClick(remove, Qt::Key_Space);
        QCOMPARE(editor->rowCount(), 2);
        const QList<core::KeyPerson> left = widget.form().personnel;
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).name, form.personnel.at(1).name);
        QCOMPARE(left.at(1).name, QStringLiteral("王五"));
        QCOMPARE(child<QLineEdit>(&widget, QStringLiteral("keyPersonName0"))->text(),
                 form.personnel.at(1).name);
        QCOMPARE(child<QLineEdit>(&widget, QStringLiteral("keyPersonName1"))->text(), QStringLiteral("王五"));
        QCOMPARE(shownMessages(editor).size(), 1); // the wrong number's message went with its row

        // The investors' rows say what is wrong in the same red (they were once uncoloured).
        auto *investors = widget.findChild<ui::InvestorsEditor *>();
        QVERIFY(investors && shownMessages(investors).isEmpty());
        QLineEdit *investorId = investors->idEdit(0);
        investorId->setFocus();
        investorId->selectAll();
        QTest::keyClicks(investorId, QStringLiteral("123"));
        const QList<QLabel *> investorMessages = shownMessages(investors);
        QCOMPARE(investorMessages.size(), 1);
        QVERIFY(drawsInRed(investorMessages.first()));
    }

    // A list at its limit (core::Limits) takes no more rows: Add rests and says why, and works
    // again once a row is removed. One row over the limit (from a stored case) is said under the
    // list, in red, once every message is shown.
    void fullListRestsItsAddButton()
    {
        const int max = core::Limits::maxCount(core::LimitScope::Form, "personnel");
        QVERIFY(max > 0);
        ui::OneFormWidget widget;
        core::OneForm form = test::rules::validForm(QStringLiteral("llc_natural_multi"),
                                                    QStringLiteral("太原市鑫源商贸有限公司"), 2);
        form.personnel = people(max);
        widget.setContent(form, {});
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        auto *editor = widget.findChild<ui::PersonnelEditor *>();
        QCOMPARE(editor->rowCount(), max);
        QVERIFY(!editor->addButton()->isEnabled());
        QVERIFY(editor->addButton()->toolTip().contains(QString::number(max)));
        editor->removeRow(0);
        QVERIFY(editor->addButton()->isEnabled());
        QVERIFY(!editor->addButton()->toolTip().contains(QString::number(max)));

        form.personnel = people(max + 1);
        widget.setContent(form, {});
        widget.revealAllIssues();
        auto *section = child<QLabel>(&widget, QStringLiteral("personnelError"));
        QVERIFY(section);
        QTRY_VERIFY(section->isVisible());
        QVERIFY2(section->text().contains(QString::number(max)), qPrintable(section->text()));
        QVERIFY(drawsInRed(section));
        QVERIFY(!widget.isComplete());
    }
};

QTEST_MAIN(TestGuiRowEditors)
#include "test_gui_row_editors.moc"
