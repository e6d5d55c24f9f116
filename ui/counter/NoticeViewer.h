#pragma once

#include <QDialog>

class QLabel;
class QScrollArea;

namespace ow::ui {

// A notice as its PDF file holds it, shown in the client (poppler-qt6 renders the pages), so the
// clerk sees it whether or not the desktop has a PDF viewer. Print hands back to the window's
// printing; the file can also go to the desktop's viewer or be shown in its folder.
class NoticeViewer : public QDialog
{
    Q_OBJECT
public:
    NoticeViewer(const QString &pdfPath, const QString &title, QWidget *parent = nullptr);

    // Pages rendered; 0 when the file could not be read (the dialog says why).
    int pageCount() const { return m_pages; }

signals:
    void printRequested();

private:
    int render(const QString &pdfPath);

    QScrollArea *m_scroll;
    QLabel *m_problem;
    int m_pages = 0;
};

} // namespace ow::ui
