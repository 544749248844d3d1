"""docs/go-subset.md lists exactly the packages the simulator implements."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_subset_doc_package_table_is_current():
    """Regenerating the table from the registry changes nothing (run tools/gen_subset_doc.py)."""
    spec = importlib.util.spec_from_file_location("gen_subset_doc", ROOT / "tools" / "gen_subset_doc.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    text = gen.DOC.read_text()
    assert gen.table() in text, "docs/go-subset.md is stale: run python tools/gen_subset_doc.py"
