// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinepainter.h"

class QPalette;

namespace Frise::Ui {

/**
 * The timeline's colours for a widget palette: the newsroom look on a light
 * palette; on a dark one, background, text, grid, lanes and axis taken from
 * the palette, with every text at least WCAG AA contrast (4.5:1).
 */
Timeline::TimelineStyle timelineStyleFor(const QPalette &palette);

} // namespace Frise::Ui
