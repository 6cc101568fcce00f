using System.Management.Automation;
using VicidialLeads.Functions.DncPhone;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Adds phone numbers to VICIdial's system DNC list, or with -CampaignId to a campaign's, with add_dnc_phone: one
    /// <see cref="DncNumberResult"/> per number (Added, or AlreadyListed for a number that was listed before). The
    /// default ConfirmImpact (Medium) fits: listing a number only stops calls to it, and the change can be undone.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "VicidialDncNumber", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(DncNumberResult))]
    public sealed class AddVicidialDncNumberCommand : DncNumberCommand
    {
        private protected override DncChange Change => DncChange.Add;
    }
}
