#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QToolButton;

namespace ow::ui {

// The scans of the case on screen, beside its form: one chosen from a list (material and file),
// an image scaled to fit the panel or zoomed, a PDF's pages rendered by poppler one under the
// other. A scan this counter does not hold yet says it is on its way from the exchange.
class ScanViewer : public QWidget
{
    Q_OBJECT
public:
    struct Scan
    {
        QString title; // the material's
        QString sha256;
        QString path; // empty: not here (yet)
    };

    explicit ScanViewer(QWidget *parent = nullptr);

    // Shows `scans`, keeping the chosen one when it is still among them.
    void setScans(const QList<Scan> &scans);
    // A scan that could not be brought from the exchange: `reason` is shown instead of "on its way".
    void setUnavailable(const QString &sha256, const QString &reason);
    int scanCount() const { return int(m_scans.size()); }
    int currentIndex() const;
    void setCurrentIndex(int index);
    // What is shown at zoom 1 (an image, or a PDF's pages stacked); null when nothing is.
    const QImage &rendered() const { return m_rendered; }
    // The line under the list: which scan, its pages, or why nothing is shown.
    QString note() const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWidth();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showCurrent();
    void present();
    static QImage renderPdf(const QString &path, int *pages);

    QList<Scan> m_scans;
    QHash<QString, QString> m_unavailable;
    QComboBox *m_pick;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fit;
    QLabel *m_note;
    QScrollArea *m_area;
    QLabel *m_page;
    QImage m_rendered;
    double m_zoom = 1.0;
    bool m_fitting = true;
};

} // namespace ow::ui
