using Interregio.Recognisers;

namespace Interregio.Tests.Corpus;

/// <summary>
/// The Russian recognisers wired for the corpus runner. Money, qualifiers, places and datelines are read by the
/// same recognisers as English (their Russian words are lexicon rows), so those corpora reuse
/// <see cref="Recognitions"/>; periods, growth (which takes Russian periods as its base) and people have their own.
/// </summary>
public static class RussianRecognitions
{
    /// <summary>A Russian period keeps its preposition ("в 2024 году"); deadlines ("к 2027 году") count as nothing.</summary>
    public static readonly Recognition Period = new(
        "period",
        (text, c) => CorpusRunner.Recognise(text, c, new PeriodRecogniser(), new RussianPeriodRecogniser()),
        ctx => ctx.Sentences.SelectMany(s => s.Of<PeriodMention>()).Where(p => !p.IsDeadline).Select(p => new Recognised(p.Span, Recognitions.Format(p))));

    /// <summary>Deadlines and other boundaries alone: "к 2027 году" is 2027, as a deadline.</summary>
    public static readonly Recognition Deadline = new(
        "deadline",
        (text, c) => CorpusRunner.Recognise(text, c, new PeriodRecogniser(), new RussianPeriodRecogniser()),
        ctx => ctx.Sentences.SelectMany(s => s.Of<PeriodMention>()).Where(p => p.IsDeadline).Select(p => new Recognised(p.Span, Recognitions.Format(p))));

    /// <summary>A growth with the period it compares with is one finding: "на 7,5% к аналогичному периоду прошлого года".</summary>
    public static readonly Recognition Growth = new(
        "growth",
        (text, c) => CorpusRunner.Recognise(text, c, new PeriodRecogniser(), new RussianPeriodRecogniser(), new GrowthRecogniser()),
        ctx => ctx.Sentences.SelectMany(s => s.Of<GrowthMention>()).Select(g => new Recognised(
            new Text.TextSpan(g.Span.Start, Math.Max(g.Span.End, g.Base?.Span.End ?? 0)),
            Recognitions.Format(g))));

    /// <summary>
    /// "name in the nominative | title in the nominative and whose it is | the region the title is of"; the
    /// preposition that puts the title in its case ("с губернатором", "о губернаторе") is not part of the person.
    /// </summary>
    public static readonly Recognition Person = new(
        "person",
        (text, c) => CorpusRunner.Recognise(text, c, new PlaceRecogniser(), new PersonRecogniser(), new RussianPersonRecogniser()),
        ctx => ctx.Sentences.SelectMany(s => s.Of<PersonMention>()).Select(p => new Recognised(p.Span, $"{p.Name} | {p.Role} | {p.RoleRegion?.Code.Code ?? "-"}")),
        "с", "со", "о", "об");
}
