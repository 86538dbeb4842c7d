"""Nothing in detection may reach the network (no tldextract suffix-list download, no model
download): sockets are blocked while both our detector and the Presidio baseline run."""

from __future__ import annotations

TEXT = "Mail maria.garcia@gmail.com or visit https://acme.co.uk, I'm Maria Garcia from Berlin."


def test_our_detector_is_offline(no_network):
    from transforms.privacy.engine import detect

    types = {s.type for s in detect(TEXT)}
    assert {"EMAIL_ADDRESS", "PERSON"} <= types and "URL" not in types


def test_presidio_baseline_is_offline(no_network):
    from transforms.privacy.evaluation.baseline import baseline_analyzer, baseline_detect

    spans = baseline_detect(baseline_analyzer(), [TEXT])[0]
    assert "EMAIL_ADDRESS" in {s["type"] for s in spans}
