/**
 * The public village page (CON-1): without login, the people posted to a village with their photo,
 * role, dispatching unit, the phone number they agreed to publish and their approved commitments
 * (承诺), and a printable notice-board sheet (公示栏) with a QR code leading to the page. It reads
 * the organisation and personnel modules through their public APIs and shows nothing else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public village page")
package org.zhucun.publicpage;
