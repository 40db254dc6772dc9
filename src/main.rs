//! Entry point: mounts the app. Everything else lives in the library (`src/lib.rs`).

fn main() {
    longjiang_reader::app::mount();
}
