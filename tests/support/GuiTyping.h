#pragma once

// Helpers for GUI tests that drive real widgets (header-only: only GUI tests include it).
#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace ow::test {

// The child named `name`, with a warning naming it when it is missing.
template <typename T> T *child(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w) {
        qWarning("no widget named %s", qPrintable(name));
    }
    return w;
}

// Types like a person: ASCII through key events, Chinese as an input method commits it
// (QTest::keyClicks asserts on characters outside ASCII).
inline void typeText(QWidget *w, const QString &text)
{
    QString pending;
    auto flush = [&] {
        if (!pending.isEmpty()) {
            QInputMethodEvent commit;
            commit.setCommitString(pending);
            QApplication::sendEvent(w, &commit);
            pending.clear();
        }
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            flush();
            QTest::keyClick(w, char(c.unicode()));
        } else {
            pending += c;
        }
    }
    flush();
}

// Focuses the child named `name` and types `text` into it; fails the test when there is none.
inline void typeInto(QWidget *root, const QString &name, const QString &text)
{
    QWidget *w = child<QWidget>(root, name);
    QVERIFY2(w, qPrintable(name));
    w->setFocus();
    typeText(w, text);
}

} // namespace ow::test
