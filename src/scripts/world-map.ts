/**
 * The map's one piece of state: which country the pointer is on. Hovering names the country and
 * its value under the map; on a touch screen the first tap on a country names it and a second tap
 * opens its page, so a small island can be checked before leaving the map. Without this script
 * the map still links every country and shows its name and value as a tooltip.
 */
class WorldMap extends HTMLElement {
	#armed: Element | null = null;

	connectedCallback() {
		const readout = this.querySelector<HTMLElement>('[data-readout]')!;
		const countryOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('svg a') : null);
		const show = (link: Element | null) => {
			readout.textContent = link?.querySelector('title')?.textContent ?? '';
		};
		this.addEventListener('pointerover', (event) => show(countryOf(event.target)));
		this.addEventListener('pointerleave', () => show(null));
		this.addEventListener('click', (event) => {
			const link = countryOf(event.target);
			if (!link || (event as PointerEvent).pointerType !== 'touch') return;
			if (this.#armed !== link) {
				event.preventDefault();
				this.#armed = link;
				show(link);
			}
		});
	}
}

customElements.define('world-map', WorldMap);
