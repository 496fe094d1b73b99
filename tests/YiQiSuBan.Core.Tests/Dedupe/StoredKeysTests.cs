using YiQiSuBan.Core.Dedupe;

namespace YiQiSuBan.Core.Tests.Dedupe;

/// <summary><see cref="StoredKeys.Of"/>: the keys a stored complaint was indexed under, when it is re-indexed.</summary>
public class StoredKeysTests
{
    [Fact]
    public void A_new_version_with_the_same_text_and_filer_reuses_its_keys_and_any_other_gets_the_stored_documents_own()
    {
        var stored = DedupeDoc.From(Complaints.Make("hotline12345", "h1", 0, Complaints.Noise, phone: "13800000001"));
        var sameMatter = DedupeDoc.From(Complaints.Make("hotline12345", "h1", 3, Complaints.Noise, phone: "13800000001"));
        var otherText = DedupeDoc.From(Complaints.Make("hotline12345", "h1", 0, Complaints.Other, phone: "13800000001"));
        var otherPhone = DedupeDoc.From(Complaints.Make("hotline12345", "h1", 0, Complaints.Noise, phone: "13900000002"));
        var storedKeys = CandidateFinder.LookupKeys(stored);

        var reused = CandidateFinder.LookupKeys(sameMatter);
        Assert.Same(reused, StoredKeys.Of(stored, sameMatter, reused).Keys);
        Assert.Equal(storedKeys, reused); // what makes reusing them right

        foreach (var changed in new[] { otherText, otherPhone })
        {
            var keys = CandidateFinder.LookupKeys(changed);
            Assert.NotEqual(storedKeys, keys);
            Assert.Equal(storedKeys, StoredKeys.Of(stored, changed, keys).Keys);
        }
    }
}
