using System;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Turns a user name into a credential by prompting for its password, like PowerShell's [Credential] does, but
    /// also for numeric user names: VICIdial users are often numbers (6666 is the stock admin), and PowerShell
    /// passes <c>-Credential 6666</c> as an int, which its own conversion refuses.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class CredentialTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case null:
                case PSCredential _:
                    return value;
                case string _:
                case int _:
                case long _:
                case short _:
                case uint _:
                case ulong _:
                case ushort _:
                case byte _:
                case sbyte _:
                case decimal _:
                    return Prompt(engineIntrinsics, Convert.ToString(value, CultureInfo.InvariantCulture)!.Trim());
                default:
                    throw new ArgumentTransformationMetadataException(
                        $"-Credential takes a PSCredential or a user name, not a {value.GetType().Name}. Give a user name to be asked for its password, or a PSCredential built with [pscredential]::new(user, securePassword).");
            }
        }

        private static PSCredential Prompt(EngineIntrinsics engineIntrinsics, string user)
        {
            if (user.Length == 0)
                throw new ArgumentTransformationMetadataException("-Credential is an empty user name. Give the VICIdial API user's name, or a PSCredential.");
            PSCredential? credential;
            try
            {
                PSHostUserInterface ui = engineIntrinsics.Host?.UI ?? throw new PSInvalidOperationException("This host has no user interface.");
                credential = ui.PromptForCredential(
                    "VICIdial API credential", $"Enter the password of VICIdial API user '{user}'.", user, string.Empty);
            }
            catch (Exception exception) when (exception is PSInvalidOperationException || exception is NotImplementedException || exception is HostException)
            {
                // A non-interactive host cannot ask: say what to pass instead of failing inside PowerShell.
                throw new ArgumentTransformationMetadataException(
                    $"-Credential '{user}' names a user but no password, and this session cannot prompt for one. Pass a PSCredential: [pscredential]::new('{user}', $securePassword).",
                    exception);
            }
            return credential ?? throw new ArgumentTransformationMetadataException($"No password was entered for VICIdial API user '{user}'.");
        }
    }
}
