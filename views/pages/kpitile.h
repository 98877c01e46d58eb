// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QFrame>

class QLabel;

namespace rd {

// One number of the overview: a plain-words title, the number large, and the change against the
// previous period below, coloured by whether it is good or bad for the business.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    enum class Trend { Good, Bad, Neutral };

    explicit KpiTile(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValue(const QString &value);
    void setChange(const QString &change, Trend trend);
    QString value() const;
    QString change() const;
    Trend trend() const { return m_trend; }
    // A tile that leads somewhere: a pointing hand, focus by Tab, clicked() on a click, Return or Space.
    void setClickable(bool clickable);
    bool isClickable() const { return m_clickable; }

signals:
    void clicked();

protected:
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateColours();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
    Trend m_trend = Trend::Neutral;
    bool m_clickable = false;
};

} // namespace rd
