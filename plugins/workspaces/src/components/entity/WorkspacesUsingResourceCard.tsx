/** Being built; replaced by the card on account resource entities. */
export function WorkspacesUsingResourceCard() {
  return <div>WorkspacesUsingResourceCard</div>;
}
