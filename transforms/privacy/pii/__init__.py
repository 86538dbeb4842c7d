"""PII detectors: names, places, addresses, phones and the structured patterns."""
