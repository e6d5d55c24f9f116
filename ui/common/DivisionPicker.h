#pragma once

#include <QWidget>

class QComboBox;

namespace ow::ui {

// Picks a county-level division of Shanxi (province 14): city first, then county.
class DivisionPicker : public QWidget
{
    Q_OBJECT
public:
    explicit DivisionPicker(const QString &provinceCode = QStringLiteral("14"), QWidget *parent = nullptr);

    QString code() const; // 6 digits, or empty when nothing is chosen
    void setCode(const QString &code);
    QComboBox *cityBox() const { return m_city; }
    QComboBox *countyBox() const { return m_county; }

signals:
    void codeChanged(const QString &code);

private:
    void fillCounties();
    QComboBox *m_city;
    QComboBox *m_county;
};

} // namespace ow::ui
