"""The PII corpus registry of ``iw pii eval --corpus``: corpus name -> its JSONL file under
``tests/data/external/`` (:data:`transforms.privacy.evaluation.external.DATA_DIR`), with a
comment per corpus on its source, licence and split. Kept apart from ``external.py`` (which
re-exports :data:`PII_CORPORA`) so adding a corpus does not grow the eval module.
"""

from __future__ import annotations

# corpus name -> file under DATA_DIR
PII_CORPORA: dict[str, str] = {
    "presidio_synth": "presidio_synth/presidio_synth_dev.jsonl",
    # 3,000 sentences made with presidio-research's own generator (presidio-evaluator 0.3.2,
    # fixed seed): presidio_synth's style with new values; id-hash split like it
    "presidio_faker": "presidio_faker/presidio_faker.jsonl",
    # real coding-assistant chat with no PII: only the flag rate is meaningful
    "coding_chat": "coding_chat/aider_transcripts.jsonl",
    # real coding-agent trajectories (SWE-agent, OpenHands, mini-swe-agent: issue text, agent
    # turns, tool output); a few hand-labelled names, otherwise PII-free: read the flag rate
    "agent_trajectories": "agent_trajectories/agent_trajectories.jsonl",
    # coding-assistant sessions committed in public repos (SpecStory histories of Cursor, Copilot
    # and Claude Code, one aider history); PII-free apart from hand labels: read the flag rate;
    # split by a hash of the session file (records carry it)
    "assistant_sessions": "assistant_sessions/assistant_sessions.jsonl",
    # tuning-only companion from other repositories (Claude Code sessions, Portuguese Cursor
    # sessions): every record ``dev``, never held out
    "assistant_sessions_train": "assistant_sessions/assistant_sessions_train.jsonl",
    # WNUT 2017 emerging entities (tweets, Reddit, YouTube, Stack Overflow); official dev/test
    "wnut17": "wnut17/wnut17_dev_test.jsonl",
    # WNUT 2017's official train set: tuning data only, so every record is split ``dev``
    "wnut17_train": "wnut17/wnut17_train.jsonl",
    # Universal NER v1 English Web Treebank (answers, reviews, emails, blogs, newsgroups);
    # official dev / test
    "uner_ewt": "uner_ewt/uner_ewt_dev_test.jsonl",
    # the same treebank's official train split: tuning data only, every record ``dev``
    "uner_ewt_train": "uner_ewt/uner_ewt_train.jsonl",
    # Universal NER v1 German PUD (news and Wikipedia sentences): test only, all ``heldout``
    "uner_de_pud": "uner_de_pud/uner_de_pud_test.jsonl",
    # the same 1,000 PUD sentences in English and in Portuguese: test only, all ``heldout``
    "uner_en_pud": "uner_en_pud/uner_en_pud_test.jsonl",
    "uner_pt_pud": "uner_pt_pud/uner_pt_pud_test.jsonl",
    # Universal NER v1 Portuguese Bosque (Brazilian/European news); official dev / test
    "uner_pt_bosque": "uner_pt_bosque/uner_pt_bosque_dev_test.jsonl",
    # Universal NER v1 Danish DDT (news, magazines, fiction); official dev / test
    "uner_da_ddt": "uner_da_ddt/uner_da_ddt_dev_test.jsonl",
    # Universal NER v1 Swedish Talbanken (news, textbooks, fiction); official dev / test
    "uner_sv_talbanken": "uner_sv_talbanken/uner_sv_talbanken_dev_test.jsonl",
    # Universal NER v1 Swedish PUD (the PUD sentences in Swedish): test only, all ``heldout``
    "uner_sv_pud": "uner_sv_pud/uner_sv_pud_test.jsonl",
    # Universal NER v1 Russian PUD (the PUD sentences in Russian, CC BY-SA 3.0): test only, all
    # ``heldout`` like the other PUDs (its dev would be translations of their held-out sentences)
    "uner_ru_pud": "uner_ru_pud/uner_ru_pud_test.jsonl",
    # Universal NER v1 Cebuano GJA (short grammar-example sentences, first names, CC BY-SA 4.0):
    # test file only, so split by the id hash (records carry it)
    "uner_ceb_gja": "uner_ceb_gja/uner_ceb_gja_test.jsonl",
    # Universal NER v1 Chinese GSD (Wikipedia, traditional script) and GSDSimp (the same
    # sentences in simplified script): official dev / test; Chinese PUD: test only, ``heldout``
    "uner_zh_gsd": "uner_zh_gsd/uner_zh_gsd_dev_test.jsonl",
    "uner_zh_gsdsimp": "uner_zh_gsdsimp/uner_zh_gsdsimp_dev_test.jsonl",
    "uner_zh_pud": "uner_zh_pud/uner_zh_pud_test.jsonl",
    # Stockmark's Japanese Wikipedia NER dataset v2.0 (CC BY-SA 3.0): a 1,500-sentence sample,
    # 人名 -> PERSON, 地名 -> LOCATION; split by the id hash of each sentence's page
    "ner_wikipedia_ja": "ner_wikipedia_ja/ner_wikipedia_ja.jsonl",
    # Universal NER v1 Tagalog TRG (grammar examples): test file only, split by the id hash
    "uner_tl_trg": "uner_tl_trg/uner_tl_trg_test.jsonl",
    # Universal NER v1 Croatian SET and Serbian SET (news); official dev / test
    "uner_hr_set": "uner_hr_set/uner_hr_set_dev_test.jsonl",
    "uner_sr_set": "uner_sr_set/uner_sr_set_dev_test.jsonl",
    # Universal NER v1 Slovak SNK (fiction, news, Wikipedia); official dev / test
    "uner_sk_snk": "uner_sk_snk/uner_sk_snk_dev_test.jsonl",
    # GermEval 2014 German NER (Wikipedia and news): official dev (tuning) / test (held-out)
    "germeval14": "germeval14/germeval14_dev_test.jsonl",
    # Broad Twitter Corpus: official dev (second half of section H) / test (section F)
    "btc": "btc/btc_dev_test.jsonl",
    # the Broad Twitter Corpus's official train split: tuning data only, every record ``dev``
    "btc_train": "btc/btc_train.jsonl",
    # GUM (Georgetown University Multilayer corpus): named persons/places in the genres whose
    # text licence allows redistribution (academic, bio, court, interview, news, voyage);
    # official document split: dev -> ``dev``, test -> ``heldout``
    "gum": "gum/gum_dev_test.jsonl",
    # GUM's official train documents of the same genres: tuning data only, every record ``dev``
    "gum_train": "gum/gum_train.jsonl",
    # WikiGold (Wikipedia articles, CoNLL-03 types): no official split; the id hash of each
    # record's ARTICLE fixes its split (records carry it)
    "wikigold": "wikigold/wikigold.jsonl",
    # SEC filings (loan agreements; Alvarado et al. 2015): official train -> ``dev``, test ->
    # ``heldout``; "Borrower"/"Lender" tagged PER are PARTY_ROLE (ignored)
    "sec_filings": "sec_filings/sec_filings.jsonl",
    # re3d (Dstl; Syria/Iraq conflict texts from governments, CENTCOM, Wikipedia) minus its
    # non-commercial BBC part: official sentence split, train -> ``dev``, test -> ``heldout``
    "re3d": "re3d/re3d.jsonl",
    # SLURP (Bastianelli et al. 2020; text CC BY 4.0): requests to a home assistant, lower-case
    # and unpunctuated (email, calendar, lists, music, travel): person -> PERSON, place_name ->
    # LOCATION, email_address (spoken: "john@gmail dot com") -> EMAIL_ADDRESS; official split,
    # devel -> ``dev``, test -> ``heldout``
    "slurp": "slurp/slurp_dev_test.jsonl",
    # OpenCage address-formatting test cases: one street address per record, multi-line and
    # one-line; split by a hash of the COUNTRY code (records carry it)
    "address_formats": "address_formats/address_formats.jsonl",
    # CrossNER (Liu et al. 2021; English Wikipedia in the ai, literature, music, politics and
    # science domains): person/politician/writer/musicalartist/scientist/researcher -> PERSON,
    # location/country -> LOCATION; official split, dev -> ``dev``, test -> ``heldout``
    "crossner": "crossner/crossner_dev_test.jsonl",
    # Turku NER corpus (Finnish blogs, fiction, news, Wikipedia, Europarl, legal text; CC BY-SA
    # 4.0): PER -> PERSON, LOC -> LOCATION; official split, dev -> ``dev``, test -> ``heldout``
    "turku_ner": "turku_ner/turku_ner_dev_test.jsonl",
    # StackOverflowNER (Tabassum et al. 2020): Stack Overflow questions and answers, one record
    # per post; User_Name -> PERSON, 26 software types (classes, code, apps, values) ignored;
    # official split, dev -> ``dev``, test -> ``heldout``
    "so_ner": "so_ner/so_ner_dev_test.jsonl",
    # NorNE (Norwegian Bokmål and Nynorsk news, blogs, parliament, reports; annotations CC0,
    # text as in the Norwegian Dependency Treebank): PER -> PERSON, LOC and GPE_LOC -> LOCATION;
    # official UD split, dev -> ``dev``, test -> ``heldout``
    "norne": "norne/norne_dev_test.jsonl",
    # a sample of NorNE's official train sentences: tuning data only, every record ``dev``
    "norne_train": "norne/norne_train.jsonl",
    # NYTK-NerKor (Hungarian fiction, legal, news, web, Wikipedia; CC BY-SA 4.0): every 4th
    # sentence; PER -> PERSON, LOC -> LOCATION; official split, devel -> dev, test -> heldout
    "nerkor": "nerkor/nerkor_dev_test.jsonl",
    # Europeana Newspapers French NER (BnF newspapers 1870-1939, OCR text; CC0): every 4th
    # sentence; PER/LOC; split by a hash of each 40-sentence chunk (records carry it)
    "enp_fr": "enp_fr/enp_fr.jsonl",
    # the same project's Dutch file (KB newspapers 1811-1866, OCR text; CC0): every 4th
    # sentence, punctuation-trimmed PER/LOC; split by a hash of each 40-sentence chunk
    "enp_nl": "enp_nl/enp_nl.jsonl",
    "kpwr": "kpwr/kpwr.jsonl",  # KPWr n82 Polish (CC BY 3.0): every 2nd test sentence
}
