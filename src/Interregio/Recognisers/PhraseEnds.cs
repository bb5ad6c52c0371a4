using Interregio.Gazetteers;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// The last words of a lexicon's phrases, as a filter: a recogniser that looks for a phrase ending right before a
/// figure ("more than" before "12", "almost" before "$1 billion") asks whether the token there can end one at all
/// before it tries every phrase at every start within reach. Like <see cref="FirstKeyFilter"/> it may only let
/// through, never turn away, a token a phrase could end with (stems included: "превыс*" ends "превысил").
/// </summary>
public static class PhraseEnds
{
    public static FirstKeyFilter Of(CueLexicon lexicon, params CueCategory[] categories)
    {
        var filter = new FirstKeyFilter();
        var tokens = new List<Token>();
        foreach (var category in categories)
        {
            foreach (var cue in lexicon.CuesOf(category))
            {
                tokens.Clear();
                Tokenizer.Tokenize(cue.Phrase, 0, cue.Phrase.Length, tokens);
                // the key tokens as the phrase table reads them: a stem's '*' is no token of its own
                var last = -1;
                var lastIsStem = false;
                for (var i = 0; i < tokens.Count; i++)
                {
                    var t = tokens[i];
                    var isStem = t.Kind == TokenKind.Word && t.End < cue.Phrase.Length && cue.Phrase[t.End] == '*';
                    last = i;
                    lastIsStem = isStem;
                    if (isStem && i + 1 < tokens.Count && tokens[i + 1].Start == t.End)
                        i++;
                }
                if (last >= 0)
                    filter.Add(Tokenizer.KeyOf(cue.Phrase, tokens[last]), lastIsStem);
            }
        }
        return filter;
    }
}
