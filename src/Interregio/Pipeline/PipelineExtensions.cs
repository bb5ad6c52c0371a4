using Interregio.Extraction;
using Interregio.Pipeline.Stages;
using Interregio.Recognisers;

namespace Interregio.Pipeline;

/// <summary>One-line registration of each feature, as Markdig's UseXxx() extensions.</summary>
public static class PipelineExtensions
{
    /// <summary>Paragraphs (page furniture and repeats removed), language, dateline, sentences, and the recogniser stage.</summary>
    public static PipelineBuilder UseText(this PipelineBuilder b)
    {
        b.Add(new ParagraphStage());
        b.Add(new LanguageStage());
        b.Add(new DatelineStage());
        b.Add(new SentenceStage());
        if (!b.Contains<MentionStage>())
            b.Add(new MentionStage([]));
        return b;
    }

    /// <summary>Adds a recogniser to the mention stage unless one of its type is there; order is registration order.</summary>
    public static PipelineBuilder UseRecogniser(this PipelineBuilder b, IRecogniser recogniser)
    {
        b.UseText();
        var stage = b.Find<MentionStage>()!;
        if (stage.Recognisers.Any(r => r.GetType() == recogniser.GetType()))
            return b;
        b.Replace<MentionStage>(new MentionStage([.. stage.Recognisers, recogniser]));
        return b;
    }

    /// <summary>Places, cue words and people: what every fact type needs.</summary>
    public static PipelineBuilder UseCommonRecognisers(this PipelineBuilder b) =>
        b.UseRecogniser(new PlaceRecogniser())
            .UseRecogniser(new CueRecogniser())
            .UseRecogniser(new PersonRecogniser())
            .AddAfterMentions(new MainPartnerStage());

    /// <summary>Trade figures: money, qualifiers, periods, growth, and the assembler.</summary>
    public static PipelineBuilder UseTrade(this PipelineBuilder b) =>
        b.UseCommonRecognisers()
            .UseRecogniser(new MoneyRecogniser())
            .UseRecogniser(new QualifierRecogniser())
            .UseRecogniser(new PeriodRecogniser())
            // growth runs after periods: it takes the period it compares with ("up 10% over 2023")
            .UseRecogniser(new GrowthRecogniser())
            .AddAssembler(new TradeAssembler());

    public static PipelineBuilder UseMeetings(this PipelineBuilder b) =>
        b.UseCommonRecognisers().AddAssembler(new MeetingAssembler());

    /// <summary>Every fact type the project knows, in both languages.</summary>
    public static PipelineBuilder UseDefaults(this PipelineBuilder b)
    {
        b.UseText().UseTrade().UseMeetings();
        b.UseRussian();
        b.UseFactTypes();
        b.Add(new FactDeduplicationStage());
        return b;
    }

    public static PipelineBuilder AddAfterMentions(this PipelineBuilder b, IDocumentStage stage) => b.InsertAfter<MentionStage>(stage);

    /// <summary>Assemblers run after the mention stage and the main-partner stage, before deduplication.</summary>
    public static PipelineBuilder AddAssembler(this PipelineBuilder b, IDocumentStage stage) =>
        b.Contains<FactDeduplicationStage>() ? b.InsertBefore<FactDeduplicationStage>(stage) : b.Add(stage);
}
