"""Working with an existing archive of minutes: learning a config, importing, following action items."""
