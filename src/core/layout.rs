//! Where a card goes: next to the mark it explains, never over it, inside the part of the page
//! the reader can see. Pure (numbers in, numbers out), so it is tested on the host; the app feeds
//! it the mark's rectangle, the card's natural size and the visible band — the window, or, inside
//! a frame that grows to its content, the part of the frame the host page shows.

/// A rectangle in CSS pixels (viewport coordinates of the document that holds the card).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }
    pub fn intersects(&self, o: &Rect) -> bool {
        self.left < o.right && o.left < self.right && self.top < o.bottom && o.top < self.bottom
    }
}

/// The card's position and the height it may take (it scrolls inside beyond that).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub max_height: f64,
    /// How far the visible band must move down (positive) or up first, when neither side of the
    /// mark has room for a useful card; 0 when it fits as it is. The card is placed for the band
    /// after that move.
    pub scroll_by: f64,
}

pub const MARGIN: f64 = 8.0;
pub const GAP: f64 = 6.0;
/// Below this much room a card is not useful: scroll first.
pub const MIN_USEFUL: f64 = 180.0;
/// Widest card, and the width under which the card spans the whole width.
pub const CARD_WIDTH: f64 = 380.0;

/// Places a card of natural height `card_h` for the mark `anchor`, inside the visible band
/// `band_top..band_bottom` of a document `doc_width` wide.
pub fn place_card(
    anchor: Rect,
    card_h: f64,
    band_top: f64,
    band_bottom: f64,
    doc_width: f64,
) -> Placement {
    let width = CARD_WIDTH.min(doc_width - 2.0 * MARGIN).max(0.0);
    let left = anchor.left.min(doc_width - width - MARGIN).max(MARGIN);
    let fit = |band_top: f64, band_bottom: f64| {
        let below = band_bottom - MARGIN - (anchor.bottom + GAP);
        let above = (anchor.top - GAP) - (band_top + MARGIN);
        if card_h <= below {
            Some((anchor.bottom + GAP, card_h))
        } else if card_h <= above {
            Some((anchor.top - GAP - card_h, card_h))
        } else if below.max(above) >= MIN_USEFUL.min(card_h) {
            // Neither side takes the whole card: the larger side, scrolling inside.
            Some(if below >= above {
                (anchor.bottom + GAP, below)
            } else {
                (anchor.top - GAP - above, above)
            })
        } else {
            None
        }
    };
    // A mark outside the band (a deep link, a step to a far occurrence) is brought in first.
    let in_band = anchor.top >= band_top && anchor.bottom <= band_bottom;
    let (top, max_height, scroll_by) = match fit(band_top, band_bottom).filter(|_| in_band) {
        Some((top, h)) => (top, h, 0.0),
        None => {
            // Bring the mark to the top of the band, then the card goes below it.
            let scroll_by = anchor.top - (band_top + MARGIN + GAP);
            let (bt, bb) = (band_top + scroll_by, band_bottom + scroll_by);
            let below = bb - MARGIN - (anchor.bottom + GAP);
            let _ = bt;
            (
                anchor.bottom + GAP,
                card_h.min(below.max(MIN_USEFUL)),
                scroll_by,
            )
        }
    };
    Placement {
        left,
        top,
        width,
        max_height,
        scroll_by,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(left: f64, top: f64) -> Rect {
        Rect {
            left,
            top,
            right: left + 60.0,
            bottom: top + 24.0,
        }
    }
    fn card_rect(p: &Placement, card_h: f64) -> Rect {
        Rect {
            left: p.left,
            top: p.top,
            right: p.left + p.width,
            bottom: p.top + card_h.min(p.max_height),
        }
    }

    #[test]
    fn below_the_mark_when_there_is_room_and_never_over_it() {
        let a = mark(100.0, 200.0);
        let p = place_card(a, 300.0, 0.0, 900.0, 1280.0);
        assert_eq!(p.top, a.bottom + GAP);
        assert_eq!(p.scroll_by, 0.0);
        assert!(!card_rect(&p, 300.0).intersects(&a));
    }

    #[test]
    fn above_the_mark_near_the_bottom_of_the_band() {
        let a = mark(100.0, 760.0);
        let p = place_card(a, 300.0, 0.0, 900.0, 1280.0);
        assert_eq!(p.top + 300.0, a.top - GAP);
        assert!(!card_rect(&p, 300.0).intersects(&a));
    }

    #[test]
    fn inside_a_tall_frame_the_card_stays_in_the_visible_band() {
        // A 10,000 px frame of which the host shows 3,000..3,740; the mark is at 3,300.
        let a = mark(20.0, 3300.0);
        let p = place_card(a, 420.0, 3000.0, 3740.0, 360.0);
        let r = card_rect(&p, 420.0);
        assert!(r.top >= 3000.0 && r.bottom <= 3740.0, "{r:?}");
        assert!(!r.intersects(&a));
        assert_eq!(p.width, 360.0 - 2.0 * MARGIN);
        assert_eq!(p.left, MARGIN);
    }

    #[test]
    fn a_card_too_tall_for_either_side_scrolls_inside_the_larger_side() {
        let a = mark(20.0, 500.0);
        let p = place_card(a, 900.0, 0.0, 740.0, 360.0);
        assert_eq!(p.top, a.top - GAP - p.max_height);
        assert!(p.max_height >= MIN_USEFUL);
        assert!(!card_rect(&p, 900.0).intersects(&a));
        assert_eq!(p.scroll_by, 0.0);
    }

    #[test]
    fn no_useful_room_scrolls_the_mark_up_first() {
        // A short band (a landscape phone): 300 px, mark in the middle.
        let a = mark(20.0, 140.0);
        let p = place_card(a, 400.0, 0.0, 300.0, 640.0);
        assert!(p.scroll_by > 0.0);
        assert_eq!(p.top, a.bottom + GAP);
        assert!(!card_rect(&p, 400.0).intersects(&a));
    }

    #[test]
    fn a_mark_outside_the_band_is_brought_in_first() {
        for top in [2000.0, -500.0] {
            let a = mark(20.0, top);
            let p = place_card(a, 300.0, 0.0, 900.0, 1280.0);
            assert_eq!(p.scroll_by, top - (MARGIN + GAP));
            assert_eq!(p.top, a.bottom + GAP);
            // After the scroll, the card is inside the band.
            assert!(p.top - p.scroll_by + p.max_height.min(300.0) <= 900.0);
        }
    }

    #[test]
    fn never_wider_than_the_document_nor_off_its_edges() {
        for w in [320.0, 360.0, 390.0, 800.0, 1280.0] {
            for x in [0.0, 100.0, w - 30.0] {
                let p = place_card(mark(x, 100.0), 200.0, 0.0, 700.0, w);
                assert!(
                    p.left >= MARGIN - 1e-9 && p.left + p.width <= w - MARGIN + 1e-9,
                    "{w} {x} {p:?}"
                );
            }
        }
    }
}
