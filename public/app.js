// Keyboard reading on the compare and position pages: j / k move to the next / previous change.
// An external file (the CSP allows no inline script); it listens on the document, so rows that
// htmx swaps in later are found without re-binding.
(() => {
  const CHANGE_SELECTOR = '.change'
  const CURRENT = 'current'

  const typing = (target) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))

  function move(step) {
    const changes = [...document.querySelectorAll(CHANGE_SELECTOR)]
    if (changes.length === 0) return
    const current = document.querySelector(`${CHANGE_SELECTOR}.${CURRENT}`)
    let index = changes.indexOf(current)
    if (index === -1) {
      // Nothing chosen yet: start from what is on screen, not from the top of a long page.
      const firstVisible = changes.findIndex((element) => element.getBoundingClientRect().top >= 0)
      index = step > 0 ? (firstVisible === -1 ? changes.length : firstVisible) - 1 : (firstVisible === -1 ? changes.length : firstVisible)
    }
    const next = changes[Math.min(changes.length - 1, Math.max(0, index + step))]
    current?.classList.remove(CURRENT)
    next.classList.add(CURRENT)
    if (!next.hasAttribute('tabindex')) next.setAttribute('tabindex', '-1')
    next.focus({ preventScroll: true })
    next.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' })
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return
    if (event.key === 'j') move(1)
    else if (event.key === 'k') move(-1)
    else return
    event.preventDefault()
  })
})()
