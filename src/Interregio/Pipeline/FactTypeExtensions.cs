using Interregio.Extraction;
using Interregio.Recognisers;

namespace Interregio.Pipeline;

/// <summary>
/// Registration of the enterprise, product, outlets, proposal and sector facts. Each UseXxx() brings the
/// recognisers it reads; the recognisers keep their order (enterprises before products, because goods inside an
/// enterprise's name are not goods), and the assemblers run products first (a name found by its shape learns its
/// country from the goods it sells), then enterprises, outlets, proposals, and sectors last (they tag every fact).
/// </summary>
public static class FactTypeExtensions
{
    /// <summary>Every fact type of this file, in the order their assemblers depend on.</summary>
    public static PipelineBuilder UseFactTypes(this PipelineBuilder b) =>
        b.UseProducts().UseEnterprises().UseOutlets().UseProposals().UseSectors();

    public static PipelineBuilder UseEnterprises(this PipelineBuilder b) =>
        b.UseFactTypeRecognisers().AddAssembler(new EnterpriseAssembler());

    public static PipelineBuilder UseProducts(this PipelineBuilder b) =>
        b.UseFactTypeRecognisers().AddAssembler(new ProductAssembler());

    public static PipelineBuilder UseOutlets(this PipelineBuilder b) =>
        b.UseFactTypeRecognisers().UseRecogniser(new CountRecogniser()).AddAssembler(new OutletsAssembler());

    public static PipelineBuilder UseProposals(this PipelineBuilder b) =>
        b.UseFactTypeRecognisers().AddAssembler(new ProposalAssembler());

    /// <summary>Sectors come last: they tag the facts the other assemblers made.</summary>
    public static PipelineBuilder UseSectors(this PipelineBuilder b)
    {
        b.UseText();
        if (b.Contains<SectorAssembler>())
            return b;
        // after every other assembler: before deduplication if it is registered, else at the end
        return b.AddAssembler(new SectorAssembler());
    }

    /// <summary>Places, cues and people (shared), then enterprise names, then goods and the words that move them.</summary>
    private static PipelineBuilder UseFactTypeRecognisers(this PipelineBuilder b) =>
        b.UseCommonRecognisers()
            .UseRecogniser(new EnterpriseRecogniser())
            .UseRecogniser(new ProductRecogniser());
}
