fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run_stream(|bus, batch| Box::pin(publish_events::handle(bus, batch)))
}
