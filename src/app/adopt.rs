//! Built DOM taken over as it is (issue #19 item 3). The page the build wrote already holds the
//! annotated article, rendered by the app's own `ArticleView` (`app/built.rs`); rendering it again
//! in the browser cost the mount most of its long task (measured in ARCHITECTURE.md, "How the
//! page is produced"). [`Adopted`] is a view whose nodes are those built ones: mounting it moves
//! them into the app's tree, unmounting it (a display mode that renders the article differently)
//! removes them, so Leptos treats them like any view it rendered itself. What the app adds to
//! them — listeners, state-dependent attributes — comes from the component that adopts them.

use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use send_wrapper::SendWrapper;

/// Nodes the build rendered, to be mounted where this view goes. Only the browser makes one
/// (there is nothing to adopt when rendering to HTML, and it writes nothing there).
pub struct Adopted(SendWrapper<Vec<web_sys::Node>>);

impl Adopted {
    pub fn new(nodes: Vec<web_sys::Node>) -> Self {
        Self(SendWrapper::new(nodes))
    }
}

/// The adopted nodes while they are mounted.
pub struct AdoptedState(Vec<web_sys::Node>);

impl Mountable for AdoptedState {
    fn unmount(&mut self) {
        for n in &self.0 {
            if let Some(parent) = n.parent_node() {
                let _ = parent.remove_child(n);
            }
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        for n in &self.0 {
            let _ = parent.insert_before(n, marker);
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        let Some(first) = self.0.first() else {
            return false;
        };
        let Some(parent) = first
            .parent_node()
            .and_then(|p| wasm_bindgen::JsCast::dyn_into::<Element>(p).ok())
        else {
            return false;
        };
        child.mount(&parent, Some(first));
        true
    }

    fn elements(&self) -> Vec<Element> {
        self.0
            .iter()
            .filter_map(|n| wasm_bindgen::JsCast::dyn_ref::<Element>(n).cloned())
            .collect()
    }
}

impl Render for Adopted {
    type State = AdoptedState;

    fn build(self) -> Self::State {
        AdoptedState(self.0.take())
    }

    fn rebuild(self, state: &mut Self::State) {
        let mut new = self.build();
        if state.insert_before_this(&mut new) {
            state.unmount();
        }
        *state = new;
    }
}

impl AddAnyAttr for Adopted {
    type Output<SomeNewAttr: Attribute> = Self;

    /// Adopted nodes are a child, never a component's whole view, so nothing adds attributes
    /// to them; if something did, they keep their own.
    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        self
    }
}

impl RenderHtml for Adopted {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }

    /// Nothing: adopted nodes exist only in a browser, which is never asked for HTML.
    fn to_html_with_buf(
        self,
        _buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
    }

    /// The app mounts (it does not hydrate): adopting is its way to keep built DOM.
    fn hydrate<const FROM_SERVER: bool>(
        self,
        _cursor: &Cursor,
        _position: &PositionState,
    ) -> Self::State {
        self.build()
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}
