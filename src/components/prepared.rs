//! A validated briefing with its mention finder, shared by reference between components.

use std::ops::Deref;
use std::rc::Rc;

use crate::model::{Briefing, MentionFinder};

/// A briefing ready to render. Clones share one copy; equality is identity, so comparing
/// props never walks the whole document.
#[derive(Debug, Clone)]
pub struct PreparedBriefing(Rc<Prepared>);

#[derive(Debug)]
struct Prepared {
    briefing: Briefing,
    mentions: MentionFinder,
}

impl PreparedBriefing {
    pub fn new(briefing: Briefing) -> Self {
        let mentions = MentionFinder::new(&briefing);
        Self(Rc::new(Prepared { briefing, mentions }))
    }

    /// Finds speakers named in this briefing's texts.
    pub fn mentions(&self) -> &MentionFinder {
        &self.0.mentions
    }
}

impl Deref for PreparedBriefing {
    type Target = Briefing;

    fn deref(&self) -> &Briefing {
        &self.0.briefing
    }
}

impl PartialEq for PreparedBriefing {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl yew::html::ImplicitClone for PreparedBriefing {}
