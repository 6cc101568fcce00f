using System.Management.Automation;
using VicidialLeads.Functions.DncPhone;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Removes phone numbers from VICIdial's system DNC list, or with -CampaignId from a campaign's, with
    /// delete_dnc_phone: one <see cref="DncNumberResult"/> per number (Removed, or NotListed). ConfirmImpact is High
    /// because removing a number lets the dialer call someone who asked not to be called, a compliance risk that a
    /// mistyped column or file can multiply: PowerShell asks before each number unless -Confirm:$false.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "VicidialDncNumber", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(DncNumberResult))]
    public sealed class RemoveVicidialDncNumberCommand : DncNumberCommand
    {
        private protected override DncChange Change => DncChange.Remove;
    }
}
