using VicidialLeads.Functions.AddLead;
using Xunit;

namespace VicidialLeads.Tests.AddLead
{
    /// <summary>The leads a load reported: the latest are kept, so a load of millions holds no more than those.</summary>
    public class ReportedLeadsTests
    {
        [Fact]
        public void Keeps_the_latest_leads_and_forgets_the_oldest_beyond_its_bound()
        {
            var reported = new ReportedLeads();
            for (long id = 1; id <= ReportedLeads.Kept + 10; id++)
                reported.Add(id);
            Assert.False(reported.Contains(1));
            Assert.False(reported.Contains(10));
            Assert.True(reported.Contains(11));
            Assert.True(reported.Contains(ReportedLeads.Kept + 10));
            reported.Add(ReportedLeads.Kept + 10);
            Assert.True(reported.Contains(11));
        }
    }
}
