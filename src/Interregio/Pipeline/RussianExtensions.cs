using Interregio.Pipeline.Stages;
using Interregio.Recognisers;

namespace Interregio.Pipeline;

/// <summary>
/// Russian-language reports: the recognisers whose English counterparts are shaped by English grammar. Money,
/// qualifiers, growth, flows and cues need none of their own (their Russian words are rows of Data/lexicon.tsv), and
/// regions are found in every case because the default region gazetteer holds the case forms that
/// <see cref="Gazetteers.RussianDeclension"/> generates. Each recogniser here acts only on Russian text.
/// </summary>
public static class RussianExtensions
{
    public static PipelineBuilder UseRussian(this PipelineBuilder b)
    {
        b.UseText();
        // Periods before growth: a growth takes the period it compares with ("на 7,5% к аналогичному периоду
        // прошлого года"), so the Russian periods must be there when the growth recogniser runs.
        b.InsertRecogniserAfter<PeriodRecogniser>(new RussianPeriodRecogniser());
        // People after places: a title says whose it is with a place ("губернатор Пензенской области").
        b.InsertRecogniserAfter<PersonRecogniser>(new RussianPersonRecogniser());
        return b;
    }

    /// <summary>
    /// Adds a recogniser to the mention stage right after the recogniser of type <typeparamref name="TAnchor"/> (at the
    /// end when there is none), unless one of its type is already registered.
    /// </summary>
    public static PipelineBuilder InsertRecogniserAfter<TAnchor>(this PipelineBuilder b, IRecogniser recogniser) where TAnchor : IRecogniser
    {
        b.UseText();
        var stage = b.Find<MentionStage>()!;
        if (stage.Recognisers.Any(r => r.GetType() == recogniser.GetType()))
            return b;
        var list = stage.Recognisers.ToList();
        var anchor = list.FindLastIndex(r => r is TAnchor);
        list.Insert(anchor < 0 ? list.Count : anchor + 1, recogniser);
        b.Replace<MentionStage>(new MentionStage(list));
        return b;
    }
}
