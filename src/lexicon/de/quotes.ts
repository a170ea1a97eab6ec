// Data, not code: extend freely; validated when loaded (src/lexicon/index.ts).
export default {
  "pairs": [
    {
      "open": "„",
      "close": [
        "“",
        "”",
        "\""
      ]
    },
    {
      "open": "“",
      "close": [
        "”"
      ]
    },
    {
      "open": "»",
      "close": [
        "«"
      ]
    },
    {
      "open": "«",
      "close": [
        "»"
      ]
    },
    {
      "open": "\"",
      "close": [
        "\""
      ]
    },
    {
      "open": "‚",
      "close": [
        "‘",
        "’"
      ]
    },
    {
      "open": "›",
      "close": [
        "‹"
      ]
    },
    {
      "open": "‹",
      "close": [
        "›"
      ]
    }
  ]
};
